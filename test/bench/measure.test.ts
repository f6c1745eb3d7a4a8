import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { measure } from '../../scripts/bench/measure.mjs';
import {
  buildPhases,
  firstBaselineDesignPath,
  firstUseCasePath,
} from '../../scripts/bench/sites.mjs';
import { tempDir } from '../helpers.js';

interface Sample {
  at: number;
  rss: number;
}

describe('buildPhases', () => {
  const lines = [
    '[PERF] Build > en > Load site - 2.00 seconds! - (Heap 1mb)',
    '[PERF] Build > en > Load site > Create site files - 500.00 ms - (Heap 1mb)',
    '[PERF] Build > en > Bundling with rspack - 3.00 seconds! - (Heap 1mb)',
  ];

  it('lists the phases of a second or more, slowest first, with the peak RSS while each ran', () => {
    const samples: Sample[] = [
      { at: 500, rss: 100 },
      { at: 1900, rss: 300 },
      { at: 2500, rss: 900 },
      { at: 4800, rss: 700 },
    ];
    const phases = buildPhases(lines, 4, { keptAt: [2000, 2000, 5000], rssSamples: samples });
    expect(phases).toEqual([
      { phase: 'Build > en > Bundling with rspack', ms: 3000, peakRss: 900 },
      { phase: 'Build > en > Load site', ms: 2000, peakRss: 300 },
    ]);
  });

  it('has no peak without a timeline', () => {
    expect(buildPhases(lines).map((phase: { peakRss: unknown }) => phase.peakRss)).toEqual([
      undefined,
      undefined,
    ]);
  });
});

describe('measure', () => {
  it('samples the RSS of the command while it runs and times the lines it keeps', async () => {
    const script =
      "const a = Buffer.alloc(64 * 1024 * 1024, 1); console.log('[PERF] mark'); setTimeout(() => console.log(a.length), 1500);";
    const run = await measure(process.execPath, ['-e', script], {
      keepLines: /\[PERF\]/,
      sampleRss: true,
    });
    expect(run.code).toBe(0);
    expect(run.kept).toEqual(['[PERF] mark']);
    expect(run.keptAt).toHaveLength(1);
    expect(run.keptAt[0]).toBeLessThan(run.ms);
    expect(run.rssSamples.length).toBeGreaterThanOrEqual(2);
    const peak = Math.max(...run.rssSamples.map((sample: Sample) => sample.rss));
    expect(peak).toBeGreaterThan(64 * 1024 * 1024);
  });
});

describe('firstBaselineDesignPath', () => {
  it('finds the first design page of a plain docs build, number prefixes stripped', () => {
    const temp = tempDir('arch-catalog-bench-');
    try {
      const page = (...parts: string[]): void => {
        mkdirSync(path.join(temp.dir, ...parts), { recursive: true });
        writeFileSync(path.join(temp.dir, ...parts, 'index.html'), '<html></html>');
      };
      page('assets');
      page('UC-0002_B', 'Architecture', 'Architecture_Design');
      page('UC-0001_A', 'Handoff', 'GoNoGo_Memo');
      page('UC-0001_A', 'Architecture', 'Architecture_Design');
      expect(firstBaselineDesignPath(temp.dir)).toBe('/UC-0001_A/Architecture/Architecture_Design');
      expect(firstBaselineDesignPath(path.join(temp.dir, 'assets'))).toBeUndefined();
    } finally {
      temp.cleanup();
    }
  });
});

describe('firstUseCasePath', () => {
  it('finds the first use case page of a catalog build, not a redirect of its id', () => {
    const temp = tempDir('arch-catalog-bench-');
    try {
      const page = (name: string, html: string): void => {
        mkdirSync(path.join(temp.dir, 'catalog', 'use-cases', name), { recursive: true });
        writeFileSync(path.join(temp.dir, 'catalog', 'use-cases', name, 'index.html'), html);
      };
      page('UC-0001', '<meta http-equiv="refresh" content="0; url=/catalog/use-cases/uc-0001-a">');
      page('uc-0001', '<meta http-equiv="refresh" content="0; url=/catalog/use-cases/uc-0001-a">');
      page('uc-0001-a', '<html><main>A</main></html>');
      expect(firstUseCasePath(temp.dir)).toBe('/catalog/use-cases/uc-0001-a');
    } finally {
      temp.cleanup();
    }
  });
});
