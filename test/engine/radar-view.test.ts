import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONFIG,
  toConfig,
} from '../../plugins/architecture-catalog/src/engine/config/config.js';
import type { CatalogViews } from '../../plugins/architecture-catalog/src/views/build-views.js';
import {
  RING_RADII,
  RADAR_SIZE,
} from '../../plugins/architecture-catalog/src/views/radar-layout.js';
import { designText, statusText } from '../hostile/corpus/documents.js';
import { viewsOfTree } from './views-of-tree.js';

/** A workspace whose design chooses these [component, technology cell] rows. */
function workspace(folder: string, technologies: readonly (readonly [string, string])[]) {
  return {
    [`${folder}/00_Status.md`]: statusText(folder.slice(0, 6), folder.slice(7)),
    [`${folder}/02_Architecture/Architecture_Design.md`]: designText({
      technologies: technologies.map(([component, cell]) => [component, cell, 'Chosen']),
      alternatives: [['Tecton', 'Managed', 'Cost', 'Lock-in']],
    }),
  };
}

const RADAR = toConfig(
  {
    radar: [
      {
        name: 'Kafka',
        ring: 'hold',
        reason: 'One bus',
        replacedBy: 'Kinesis',
        since: '2026-06-01',
      },
      { name: 'Spark', ring: 'hold' },
      { name: 'Kinesis', ring: 'adopt' },
      { name: 'Flink', ring: 'trial' },
      { name: 'Vertex AI', ring: 'adopt' },
      { name: 'Tecton', ring: 'assess' },
    ],
  },
  'test',
);

function viewsOf(tree: Record<string, string>, radar = RADAR): CatalogViews {
  return viewsOfTree(tree, { radar: { entries: radar.radar, quadrants: radar.radarQuadrants } });
}

/*
 * Counted by hand, use cases per radar entry (a product counts under its family's entry):
 *   Kafka (hold): UC-001 (Apache Kafka), UC-002 (Amazon MSK), UC-004 (Kafka, in two rows) = 3
 *   Spark (hold): UC-002 (Spark Structured Streaming, a product of Spark) = 1
 *   Kinesis (adopt): UC-003 = 1; Flink (trial): UC-001 = 1
 *   Vertex AI (adopt): none; Tecton (assess): none (every design rejects it, none chooses it)
 * Chosen off the radar: Feast 2 (UC-001, UC-003), Redis 1 (UC-001), BigQuery 1 (UC-001),
 * SageMaker Endpoints 1 (UC-003; its family SageMaker is not placed), Airflow 1 (UC-004).
 */
const views = viewsOf({
  ...workspace('UC-001_Alpha', [
    ['Event transport', 'Apache Kafka + Flink'],
    ['Feature store', 'Feast (Redis online, BigQuery offline)'],
  ]),
  ...workspace('UC-002_Beta', [
    ['Event transport', 'Amazon MSK'],
    ['Stream processing', 'Spark Structured Streaming'],
  ]),
  ...workspace('UC-003_Gamma', [
    ['Event transport', 'Kinesis'],
    ['Serving', 'SageMaker Endpoints'],
    ['Feature store', 'Feast'],
  ]),
  ...workspace('UC-004_Delta', [
    ['Event transport', 'Kafka'],
    ['Replay', 'Kafka'],
    ['Orchestration', 'Airflow'],
  ]),
});
const page = views.radar.data;
const blip = (name: string) => page.blips.find((candidate) => candidate.name === name)!;
const ids = (name: string) => blip(name).useCases.map((useCase) => useCase.id);

describe('the radar page', () => {
  it('counts the use cases that chose each technology, through families, each once', () => {
    expect(ids('Kafka')).toEqual(['UC-001', 'UC-002', 'UC-004']);
    expect(ids('Spark')).toEqual(['UC-002']);
    expect(ids('Kinesis')).toEqual(['UC-003']);
    expect(ids('Flink')).toEqual(['UC-001']);
    expect(ids('Vertex AI')).toEqual([]);
    expect(ids('Tecton')).toEqual([]);
  });

  it('numbers the blips by quadrant, ring and name, each in its quadrant', () => {
    expect(page.quadrants).toEqual(['Data', 'Training', 'Serving', 'Platform & Operations']);
    expect(page.blips.map((b) => [b.number, b.name, page.quadrants[b.quadrant], b.ring])).toEqual([
      [1, 'Kinesis', 'Data', 'adopt'],
      [2, 'Flink', 'Data', 'trial'],
      [3, 'Tecton', 'Data', 'assess'],
      [4, 'Kafka', 'Data', 'hold'],
      [5, 'Spark', 'Data', 'hold'],
      [6, 'Vertex AI', 'Training', 'adopt'],
    ]);
    expect(blip('Kafka')).toMatchObject({
      url: '/catalog/technologies/kafka',
      reason: 'One bus',
      replacedBy: { name: 'Kinesis', url: '/catalog/technologies/kinesis' },
      since: '2026-06-01',
    });
  });

  it('sets policy against practice', () => {
    expect(page.holdChosen.map((b) => [b.name, b.useCases.length])).toEqual([
      ['Kafka', 3],
      ['Spark', 1],
    ]);
    expect(page.adoptUnchosen.map((b) => b.name)).toEqual(['Vertex AI']);
    expect(page.offRadar.map(({ name, count }) => [name, count])).toEqual([
      ['Feast', 2],
      ['Airflow', 1],
      ['BigQuery', 1],
      ['Redis', 1],
      ['SageMaker Endpoints', 1],
    ]);
  });

  it('gives every technology on the radar a page, chosen or not', () => {
    const pages = new Set(views.technology.map((technology) => technology.data.technology.name));
    for (const name of ['Vertex AI', 'Tecton', 'Kinesis', 'Spark']) expect(pages).toContain(name);
  });

  it('draws each blip inside its ring and its quadrant, apart from the others', () => {
    const centre = RADAR_SIZE / 2;
    const inner = {
      adopt: 0,
      trial: RING_RADII.adopt,
      assess: RING_RADII.trial,
      hold: RING_RADII.assess,
    };
    for (const b of page.blips) {
      const distance = Math.hypot(b.x - centre, b.y - centre);
      expect(distance - b.radius, b.name).toBeGreaterThanOrEqual(inner[b.ring]);
      expect(distance + b.radius, b.name).toBeLessThanOrEqual(RING_RADII[b.ring]);
      const left = b.quadrant % 2 === 0;
      const top = b.quadrant < 2;
      expect(left ? b.x + b.radius <= centre : b.x - b.radius >= centre, b.name).toBe(true);
      expect(top ? b.y + b.radius <= centre : b.y - b.radius >= centre, b.name).toBe(true);
    }
    for (const a of page.blips)
      for (const b of page.blips)
        if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(a.radius + b.radius);
  });

  it('places each technology page on the radar, products through their family', () => {
    const place = (name: string) =>
      views.technology.find((page) => page.data.technology.name === name)!.data.radar;
    expect(place('Kafka')).toEqual({
      place: {
        ring: 'hold',
        reason: 'One bus',
        replacedBy: { name: 'Kinesis', url: '/catalog/technologies/kinesis' },
        since: '2026-06-01',
        through: null,
      },
    });
    expect(place('Spark Structured Streaming')?.place).toMatchObject({
      ring: 'hold',
      through: { name: 'Spark', url: '/catalog/technologies/spark' },
    });
    expect(place('Feast')).toEqual({ place: null });
  });

  it('is empty without a radar, and technology pages say nothing of one', () => {
    const plain = viewsOf(
      workspace('UC-001_Alpha', [['Event transport', 'Kafka']]),
      DEFAULT_CONFIG,
    );
    expect(plain.radar.data.blips).toEqual([]);
    expect(plain.radar.data.offRadar).toEqual([
      { name: 'Kafka', url: '/catalog/technologies/kafka', count: 1 },
    ]);
    expect(plain.technology.map((page) => page.data.radar)).toEqual(
      plain.technology.map(() => null),
    );
  });

  it('flags each use case for the index: a technology on hold, one off the radar', () => {
    expect(views.index.data.facets.radar).toEqual(['hold', 'off-radar']);
    expect(views.index.data.useCases.map((useCase) => [useCase.id, useCase.radar])).toEqual([
      ['UC-001', ['hold', 'off-radar']],
      ['UC-002', ['hold']],
      ['UC-003', ['off-radar']],
      ['UC-004', ['hold', 'off-radar']],
    ]);
  });

  it('gives the matrix the ring of each chosen technology the radar places', () => {
    expect(views.matrix.data.rings).toEqual({
      Flink: 'trial',
      Kafka: 'hold',
      Kinesis: 'adopt',
      'Spark Structured Streaming': 'hold',
    });
  });
});
