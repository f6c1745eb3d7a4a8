import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../build-catalog.js';
import { DEFAULT_CONFIG } from '../config/config.js';
import { applyBaseline, baselineOf, parseBaseline, serializeBaseline } from './baseline.js';

const tree = fileURLToPath(new URL('../../../../../test/fixtures/trees/mixed', import.meta.url));
const model = buildCatalog({ rootDir: tree, displayRoot: 'mixed', config: DEFAULT_CONFIG });

describe('baselines', () => {
  it('leave a catalog as it is when they accept nothing, counts included', () => {
    const empty = { tool: 'arch-catalog' as const, baselineVersion: 1 as const, entries: [] };
    expect(model.diagnostics.length).toBeGreaterThan(3);
    expect(applyBaseline(model, empty)).toEqual({ model, suppressed: [], stale: [] });
  });

  it('accept every problem of the catalog they were taken from, and count them out', () => {
    const result = applyBaseline(model, baselineOf(model));
    expect(result.suppressed).toEqual(model.diagnostics);
    expect(result.stale).toEqual([]);
    expect(result.model.summary).toEqual({ ...model.summary, errors: 0, warnings: 0 });
    expect(result.model.useCases.every((u) => u.errors === 0 && u.warnings === 0)).toBe(true);
  });

  it('read back what they write', () => {
    const baseline = baselineOf(model);
    expect(parseBaseline(serializeBaseline(baseline), 'b.json')).toEqual(baseline);
    expect(() => parseBaseline('[]', 'b.json')).toThrow(/b.json: not a baseline/);
  });
});
