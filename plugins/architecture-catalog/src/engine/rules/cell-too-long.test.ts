import { describe, expect, it } from 'vitest';
import { analyseDesign } from '../analyse-document.js';
import { DEFAULT_CONFIG } from '../config/config.js';
import { createTechnologyIndex } from '../technologies/index.js';
import { edit, runDesignRule, VALID_DESIGN, where } from './__fixtures__/harness.js';

const LATENCY = '| Latency | p99 < 50 ms |';

describe('cell-too-long', () => {
  it('fires at a cell over 2,000 characters, with its length', () => {
    const doc = edit(VALID_DESIGN, LATENCY, `| Latency | p99 < 50 ms${'.'.repeat(100_000)} |`);
    expect(runDesignRule('cell-too-long', doc)).toEqual([
      expect.objectContaining({
        ...where(doc, 'p99 < 50 ms...'),
        message:
          'A table cell of 100,011 characters is over the limit of 2,000; only its first 2,000 are read',
      }),
    ]);
  });

  it('passes a cell of exactly 2,000 characters', () => {
    const value = `p99 < 50 ms ${'x'.repeat(2_000 - 12)}`;
    expect(value).toHaveLength(2_000);
    expect(
      runDesignRule('cell-too-long', edit(VALID_DESIGN, LATENCY, `| Latency | ${value} |`)),
    ).toEqual([]);
  });

  it('reads the first 2,000 characters of a longer cell, and no further', () => {
    const doc = edit(VALID_DESIGN, LATENCY, `| Latency | p99 < 50 ms ${'x'.repeat(3_000)} 1 ms |`);
    const settings = { config: DEFAULT_CONFIG, technologies: createTechnologyIndex() };
    const { design } = analyseDesign('UC-1/02_Architecture/Architecture_Design.md', doc, settings);
    const latency = design.requirements.rows.find((row) => row.name === 'Latency');
    expect(latency?.raw).toHaveLength(2_000);
    expect(design.requirements.latencyMs).toBe(50);
  });
});
