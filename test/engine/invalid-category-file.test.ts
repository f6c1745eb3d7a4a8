import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogModel } from '../../plugins/architecture-catalog/src/engine/types.js';
import { catalogOf, tempDir, writeTree } from '../helpers.js';

const temp = tempDir();
let model: CatalogModel;

const FILES: Record<string, string> = {
  'UC-001_A/00_Status.md': '# Implementation Status: A\n\n**Phase:** Handoff\n',
  'UC-001_A/01_Handoff/_category_.json':
    '{ "label": "Handoff", "position": 1, "collapsed": false }',
  'UC-001_A/02_Architecture/_category_.json':
    '{ "label": "Architecture", "link": { "type": "generated-index", "slug": "/../../../../tmp/x" } }',
  'UC-001_A/03_Implementation/_category_.json': '{ "label": ',
  'UC-001_A/04_Deployment/_category_.yml': [
    'a: &a [x, x, x, x, x, x, x, x, x, x]',
    'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
    'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
    'label: *c',
  ].join('\n'),
  'UC-001_A/05_Operations/_category_.yaml': 'label: Operations\nposition: first\n',
  '_category_.json': '{ "label": "Root", "customProps": {} }',
};

beforeAll(() => {
  writeTree(temp.dir, FILES);
  model = catalogOf(temp.dir);
});
afterAll(() => temp.cleanup());

describe('invalid-category-file', () => {
  it('reports each category file that sets more than a label and an order, or cannot be read', () => {
    const found = model.diagnostics
      .filter((d) => d.ruleId === 'invalid-category-file')
      .map((d) => [d.file, d.message.replace(/^[^:]+: /, '')]);
    expect(found).toEqual([
      [
        'UC-001_A/02_Architecture/_category_.json',
        expect.stringMatching(/^has `link`, which the site does not allow/),
      ],
      [
        'UC-001_A/03_Implementation/_category_.json',
        expect.stringMatching(/^is not valid YAML or JSON: /),
      ],
      ['UC-001_A/04_Deployment/_category_.yml', expect.stringMatching(/^cannot be read: .*alias/i)],
      ['UC-001_A/05_Operations/_category_.yaml', 'has `position` that is not a number'],
      [
        '_category_.json',
        expect.stringMatching(/^has `customProps`, which the site does not allow/),
      ],
    ]);
    expect(model.diagnostics.find((d) => d.file.includes('01_Handoff'))).toBeUndefined();
  });
});
