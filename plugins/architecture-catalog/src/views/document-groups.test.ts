import { describe, expect, it } from 'vitest';
import { documentGroups } from './document-groups.js';

const doc = (path: string, kind = 'other') => ({ path, kind, url: `/docs/${path}` });

describe('documentGroups', () => {
  it('groups by top folder, root files first, in code-point order', () => {
    const groups = documentGroups([
      doc('02_Architecture/Architecture_Design.md', 'architecture-design'),
      doc('01_Handoff/b.md', 'handoff'),
      doc('00_Status.md', 'status'),
      doc('01_Handoff/B.md', 'handoff'),
      doc('01_Handoff/sub/a.md', 'handoff'),
    ]);
    expect(groups.map((group) => [group.folder, group.documents.map((d) => d.name)])).toEqual([
      ['', ['00_Status.md']],
      ['01_Handoff', ['B.md', 'b.md', 'sub/a.md']],
      ['02_Architecture', ['Architecture_Design.md']],
    ]);
  });

  it('labels each kind but handoff documents', () => {
    const [root, handoff, design] = documentGroups([
      doc('00_Status.md', 'status'),
      doc('01_Handoff/POC_Plan.md', 'handoff'),
      doc('02_Architecture/Architecture_Design.md', 'architecture-design'),
    ]);
    expect(root!.documents[0]!.kindLabel).toBe('Status');
    expect(handoff!.documents[0]!.kindLabel).toBeNull();
    expect(design!.documents[0]).toEqual({
      name: 'Architecture_Design.md',
      path: '02_Architecture/Architecture_Design.md',
      kindLabel: 'Architecture Design',
      url: '/docs/02_Architecture/Architecture_Design.md',
    });
  });
});
