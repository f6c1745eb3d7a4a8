import { describe, expect, it } from 'vitest';
import type { RenderedDocuments } from './rendered-documents.js';
import { useCaseToc } from './use-case-toc.js';

const documents: RenderedDocuments = new Map([
  [
    'UC-001_A/02_Architecture/Architecture_Design.md',
    {
      dir: 'UC-001_A',
      anchor: 'doc-design',
      content: {
        segments: [],
        lines: [],
        headings: [
          { id: 'doc-design-title', text: 'Architecture Design', depth: 1 },
          { id: 'doc-design-reqs', text: '1. Requirements & <b>limits</b>', depth: 2 },
          { id: 'doc-design-sub', text: 'Latency', depth: 3 },
        ],
      },
    },
  ],
  [
    'UC-001_A/00_Status.md',
    { dir: 'UC-001_A', anchor: 'doc-status', content: { notice: 'This document is not shown.' } },
  ],
]);
const listed = [
  { path: 'UC-001_A/00_Status.md', label: '00_Status.md' },
  { path: 'UC-001_A/02_Architecture/Architecture_Design.md', label: '02_Architecture/<Design>.md' },
];

describe('useCaseToc', () => {
  it("lists the design's sections, then each document with its ## headings, text escaped", () => {
    expect(useCaseToc(true, 1, listed, documents)).toEqual([
      { value: 'Requirements', id: 'requirements', level: 2 },
      { value: 'Constraints', id: 'constraints', level: 2 },
      { value: 'Pattern rationale', id: 'pattern-rationale', level: 2 },
      { value: 'Pattern diagram', id: 'pattern-diagram', level: 2 },
      { value: 'Component design', id: 'component-design', level: 2 },
      { value: 'Technology choices', id: 'technology-choices', level: 2 },
      { value: 'Integration points', id: 'integration-points', level: 2 },
      { value: 'Risks and mitigations', id: 'risks', level: 2 },
      { value: 'Alternatives considered', id: 'alternatives', level: 2 },
      { value: 'Validation', id: 'diagnostics', level: 2 },
      { value: 'Documents', id: 'documents', level: 2 },
      { value: '00_Status.md', id: 'doc-status', level: 3 },
      { value: '02_Architecture/&#x3C;Design>.md', id: 'doc-design', level: 3 },
      { value: '1. Requirements &#x26; &#x3C;b>limits&#x3C;/b>', id: 'doc-design-reqs', level: 4 },
    ]);
  });

  it('names the diagrams section in the plural for more than one pattern', () => {
    const toc = useCaseToc(true, 2, [], documents);
    expect(toc.find((entry) => entry.id === 'pattern-diagram')?.value).toBe('Pattern diagrams');
  });

  it('has no design sections for a use case without a design', () => {
    expect(useCaseToc(false, 0, [], documents).map((entry) => entry.id)).toEqual([
      'diagnostics',
      'documents',
    ]);
  });
});
