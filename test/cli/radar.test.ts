import { csvParse } from 'd3-dsv';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { designText, statusText } from '../hostile/corpus/documents.js';
import { tempDir, writeTree } from '../helpers.js';
import { runCli } from './run-cli.js';

const temp = tempDir('arch-catalog-radar-cli-');
afterAll(() => temp.cleanup());

function workspace(folder: string, cells: readonly string[]) {
  return {
    [`${folder}/00_Status.md`]: statusText(folder.slice(0, 6), folder.slice(7)),
    [`${folder}/02_Architecture/Architecture_Design.md`]: designText({
      technologies: cells.map((cell, i) => [`Component ${i + 1}`, cell, 'Chosen']),
    }),
  };
}

/*
 * Counted by hand: Kafka (hold) is chosen by UC-001 and UC-002 (Amazon MSK); Flink (adopt) by
 * UC-001; Kinesis (trial) by UC-003; Vertex AI (assess) by none. Off the radar: Feast (UC-001),
 * Redis and BigQuery (UC-001, from the default design's Feast cell), SageMaker Endpoints (UC-003).
 */
writeTree(temp.dir, {
  'architecture-catalog.config.yaml': [
    'root: tree',
    'radar:',
    '  - { name: Kafka, ring: hold, reason: "One bus, <managed> & cheaper", replacedBy: Kinesis, since: 2026-06-01 }',
    '  - { name: Flink, ring: adopt, since: 2026-01-10 }',
    '  - { name: Kinesis, ring: trial }',
    '  - { name: Vertex AI, ring: assess }',
    '',
  ].join('\n'),
  ...Object.fromEntries(
    Object.entries({
      ...workspace('UC-001_Alpha', [
        'Apache Kafka + Flink',
        'Feast (Redis online, BigQuery offline)',
      ]),
      ...workspace('UC-002_Beta', ['Amazon MSK']),
      ...workspace('UC-003_Gamma', ['Kinesis', 'SageMaker Endpoints']),
    }).map(([file, text]) => [`tree/${file}`, text]),
  ),
});

const radar = (...args: string[]) => runCli(['radar', ...args], { cwd: temp.dir });

describe('arch-catalog radar', () => {
  it('writes the radar with who chose each technology, as JSON', async () => {
    const run = await radar();
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as {
      entries: { technology: string; ring: string; quadrant: string; useCases: string[] }[];
      offRadar: { technology: string; useCases: string[] }[];
    };
    expect(json.entries.map((e) => [e.technology, e.ring, e.quadrant, e.useCases])).toEqual([
      ['Flink', 'adopt', 'Data', ['UC-001']],
      ['Kinesis', 'trial', 'Data', ['UC-003']],
      ['Kafka', 'hold', 'Data', ['UC-001', 'UC-002']],
      ['Vertex AI', 'assess', 'Training', []],
    ]);
    expect(json.offRadar).toEqual([
      { technology: 'BigQuery', useCases: ['UC-001'] },
      { technology: 'Feast', useCases: ['UC-001'] },
      { technology: 'Redis', useCases: ['UC-001'] },
      { technology: 'SageMaker Endpoints', useCases: ['UC-003'] },
    ]);
    expect((await radar()).stdout).toBe(run.stdout);
  });

  it("writes Build Your Own Radar's CSV, read as that tool reads it", async () => {
    const run = await radar('--format', 'csv', '--new-since', '2026-03-01');
    expect(run.code).toBe(0);
    const rows = csvParse(run.stdout);
    // The columns the tool requires, then each row as it sanitizes it: trimmed, rings lower case.
    expect(rows.columns).toEqual(['name', 'ring', 'quadrant', 'isNew', 'description']);
    expect(rows.map((row) => [row.name, row.ring, row.quadrant, row.isNew])).toEqual([
      ['Flink', 'adopt', 'Data', 'FALSE'],
      ['Kinesis', 'trial', 'Data', 'FALSE'],
      ['Kafka', 'hold', 'Data', 'TRUE'],
      ['Vertex AI', 'assess', 'Training', 'FALSE'],
    ]);
    expect(rows[2]?.description).toBe(
      'One bus, &lt;managed&gt; &amp; cheaper. Instead: Kinesis. Chosen by 2 use cases: UC-001, UC-002.',
    );
    expect(new Set(rows.map((row) => row.quadrant)).size).toBeLessThanOrEqual(4);
  });

  it("writes the JSON Backstage's tech-radar loads, accepted by its schema", async () => {
    const run = await radar('--format', 'backstage');
    expect(run.code).toBe(0);
    // Backstage's TechRadarLoaderResponse, as its tech-radar-common package declares it with zod.
    const snapshot = z.object({
      date: z.coerce.date(),
      ringId: z.string(),
      description: z.string().optional(),
      moved: z.union([z.literal(-1), z.literal(0), z.literal(1)]).optional(),
    });
    const response = z.object({
      quadrants: z.array(z.object({ id: z.string(), name: z.string() })),
      rings: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          color: z.string(),
          description: z.string().optional(),
        }),
      ),
      entries: z.array(
        z.object({
          key: z.string(),
          id: z.string(),
          quadrant: z.string(),
          title: z.string(),
          url: z.string().optional(),
          timeline: z.array(snapshot),
          description: z.string().optional(),
          links: z.array(z.object({ url: z.string(), title: z.string() })).optional(),
        }),
      ),
    });
    const radarData = response.parse(JSON.parse(run.stdout));
    expect(radarData.quadrants).toHaveLength(4);
    const quadrants = new Set(radarData.quadrants.map((quadrant) => quadrant.id));
    const rings = new Set(radarData.rings.map((ring) => ring.id));
    for (const entry of radarData.entries) {
      expect(quadrants.has(entry.quadrant), entry.title).toBe(true);
      expect(
        entry.timeline.every((moment) => rings.has(moment.ringId)),
        entry.title,
      ).toBe(true);
      expect(Number.isNaN(entry.timeline[0]!.date.getTime()), entry.title).toBe(false);
    }
    expect(radarData.entries.map((entry) => [entry.title, entry.timeline[0]!.ringId])).toEqual([
      ['Flink', 'adopt'],
      ['Kinesis', 'trial'],
      ['Kafka', 'hold'],
      ['Vertex AI', 'assess'],
    ]);
    // A ring taken with no since: is dated by the newest since: of the radar, or --as-of.
    expect(radarData.entries[1]!.timeline[0]!.date.toISOString()).toBe('2026-06-01T00:00:00.000Z');
    const asOf = JSON.parse((await radar('--format', 'backstage', '--as-of', '2026-12-01')).stdout);
    expect(asOf.entries[1].timeline[0].date).toBe('2026-12-01');
  });

  it('refuses an unknown format or a day that does not exist, with exit 2', async () => {
    expect(await radar('--format', 'xml')).toMatchObject({ code: 2, stdout: '' });
    expect((await radar('--new-since', '2026-02-30')).stderr).toMatch(
      /--new-since takes a day written YYYY-MM-DD, not '2026-02-30'/,
    );
  });
});
