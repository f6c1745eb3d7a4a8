import {
  designText,
  statusText,
  VALID_PARTS,
  type DesignParts,
} from '../hostile/corpus/documents.js';

/** A workspace: its status file and, unless `design` is null, its Architecture Design. */
export function workspace(
  folder: string,
  design: Partial<DesignParts> | null = {},
): Record<string, string> {
  const id = /^UC-\d+/.exec(folder)?.[0] ?? folder;
  return {
    [`${folder}/00_Status.md`]: statusText(id, folder.slice(id.length + 1).replace(/_/g, ' ')),
    ...(design && { [`${folder}/02_Architecture/Architecture_Design.md`]: designText(design) }),
  };
}

/** The requirement rows with one value replaced. */
export function requirements(values: Record<string, string>): string[][] {
  return VALID_PARTS.requirements.map(([name = '', value = '', source = '']) => [
    name,
    values[name] ?? value,
    source,
  ]);
}

/*
 * The change every diff test reads, counted by hand:
 *   UC-001: latency p99 < 50 ms -> p99 < 20 ms (tightened), throughput 2,000 -> 1,000 req/s
 *           (loosened); Apache Kafka -> Kinesis (product Kafka removed, Kinesis added; families
 *           the same way); pattern Real-Time Serving + Streaming -> Streaming; alternative
 *           Kafka added next to Tecton.
 *   UC-002: moved from UC-002_Beta to UC-002_Beta_Renamed, nothing else.
 *   UC-003: removed. UC-004: added.
 *   UC-005: its Pattern field was missing (1 error, missing-pattern) and is written in the head;
 *           its Rationale is emptied instead (1 new error, missing-rationale).
 *   UC-006: unchanged.
 */
export const BASE_TREE = {
  ...workspace('UC-001_Alpha'),
  ...workspace('UC-002_Beta'),
  ...workspace('UC-003_Gamma'),
  ...workspace('UC-005_Epsilon', { pattern: '' }),
  ...workspace('UC-006_Zeta'),
};

export const HEAD_TREE = {
  ...workspace('UC-001_Alpha', {
    requirements: requirements({ Latency: 'p99 < 20 ms', Throughput: '1,000 req/s' }),
    pattern: 'Streaming',
    technologies: [
      ['Event transport', 'Kinesis + Flink', 'Managed bus'],
      ['Feature store', 'Feast (Redis online, BigQuery offline)', 'Open source, low latency'],
    ],
    alternatives: [
      ['Tecton', 'Managed', 'Cost', 'Vendor lock-in'],
      ['Kafka', 'Familiar', 'Ops load', 'Managed bus preferred'],
    ],
  }),
  ...workspace('UC-002_Beta_Renamed'),
  ...workspace('UC-004_Delta'),
  ...workspace('UC-005_Epsilon', { rationale: '' }),
  ...workspace('UC-006_Zeta'),
};
