import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogModel } from '../../plugins/architecture-catalog/src/engine/types.js';
import { catalogOf, tempDir, writeTree } from '../helpers.js';

const temp = tempDir();
let model: CatalogModel;

const PLAN = [
  '---',
  'owner: Platform ML',
  '---',
  '# POC Plan',
  '',
  'See [the status](../00_Status.md) and [the design](../02_Architecture/Architecture_Design.md).',
  'Secrets: [env](@site/../../proc/self/environ) and ![key](../../../home/ci/.ssh/id_rsa).',
  '',
  '```',
  '[not a link](../../../etc/passwd)',
  '```',
  '',
  '- [rooted](/../etc/shadow)',
  '',
  '[def]: ../../../etc/hosts',
].join('\n');

beforeAll(() => {
  writeTree(temp.dir, {
    'UC-001_Links/00_Status.md': '# Implementation Status: Links\n\n**Phase:** Handoff\n',
    'UC-001_Links/01_Handoff/POC_Plan.md': PLAN,
    'UC-002_Clean/00_Status.md': '# Implementation Status: Clean\n\n**Phase:** Handoff\n',
    'UC-002_Clean/01_Handoff/Notes.md': '# Notes\n\n[other](../../UC-001_Links/00_Status.md)\n',
  });
  model = catalogOf(temp.dir);
});
afterAll(() => temp.cleanup());

describe('link-outside-root', () => {
  it('reports each link, image and definition that leaves the root, where it stands', () => {
    const found = model.diagnostics
      .filter((d) => d.ruleId === 'link-outside-root')
      .map((d) => [d.file, d.line, d.column, d.severity, d.message]);
    const file = 'UC-001_Links/01_Handoff/POC_Plan.md';
    expect(found).toEqual([
      [
        file,
        7,
        10,
        'error',
        `${file}: the link to "@site/../../proc/self/environ" names a file of the site (@site/), outside the catalog root; the site shows it as text`,
      ],
      [
        file,
        7,
        51,
        'error',
        `${file}: the image "../../../home/ci/.ssh/id_rsa" leads outside the catalog root; the site shows it as text`,
      ],
      [
        file,
        13,
        3,
        'error',
        `${file}: the link to "/../etc/shadow" climbs above the site's root; the site shows it as text`,
      ],
      [
        file,
        15,
        1,
        'error',
        `${file}: the link definition "../../../etc/hosts" leads outside the catalog root; the site shows it as text`,
      ],
    ]);
  });

  it('keeps the document in the catalog and reports nothing else about it', () => {
    const links = model.useCases.find((useCase) => useCase.id === 'UC-001');
    expect(links?.documents.map((document) => document.path)).toContain(
      'UC-001_Links/01_Handoff/POC_Plan.md',
    );
    expect(model.diagnostics.filter((d) => d.ruleId === 'parse-error')).toEqual([]);
  });
});
