import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../engine/build-catalog.js';
import { DEFAULT_CONFIG } from '../engine/config/config.js';
import type { LastUpdate } from '../engine/io/git-last-updates.js';
import { lastChangeWarning } from './last-change-warning.js';

const tree = fileURLToPath(new URL('../../../../test/fixtures/trees/mixed', import.meta.url));
const model = buildCatalog({ rootDir: tree, displayRoot: 'mixed', config: DEFAULT_CONFIG });
const documents = model.useCases.flatMap((useCase) => useCase.documents.map((d) => d.path));
const commit: LastUpdate = { time: 1_700_000_000, author: 'Ann' };

describe('lastChangeWarning', () => {
  it('says why no document shows its last change', () => {
    const unavailable = `${tree} is not in a git repository`;
    expect(lastChangeWarning(model, { updates: new Map(), unavailable })).toBe(
      `[arch-catalog] warning: no document shows its last change: ${unavailable}.\n`,
    );
  });

  it('counts the documents git has no commit of, naming them when few', () => {
    const [first, second, ...rest] = documents;
    const committed = new Map(rest.map((document) => [document, commit]));
    expect(lastChangeWarning(model, { updates: committed, unavailable: null })).toBe(
      `[arch-catalog] warning: 2 of ${documents.length} documents show no last change, as git has no commit of them yet: ${first}, ${second}.\n`,
    );
    expect(lastChangeWarning(model, { updates: new Map(), unavailable: null })).toBe(
      `[arch-catalog] warning: ${documents.length} of ${documents.length} documents show no last change, as git has no commit of them yet.\n`,
    );
  });

  it('says nothing when every document has a commit', () => {
    const committed = new Map(documents.map((document) => [document, commit]));
    expect(documents.length).toBeGreaterThan(3);
    expect(lastChangeWarning(model, { updates: committed, unavailable: null })).toBeNull();
  });
});
