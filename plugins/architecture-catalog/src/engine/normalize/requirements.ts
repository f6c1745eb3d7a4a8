import { parseAvailability } from './availability.js';
import { parseFreshnessSeconds } from './freshness.js';
import { parseLatencyMs } from './latency.js';
import type { Normalized } from './result.js';
import { parseThroughputPerSecond } from './throughput.js';

export type RequirementKind = 'latency' | 'throughput' | 'availability' | 'freshness';

// Checked in order: `Data freshness SLA` is freshness and `Latency SLA` is latency, not availability.
const KEYWORDS: readonly (readonly [RequirementKind, readonly string[]])[] = [
  [
    'freshness',
    [
      'freshness',
      'staleness',
      'data latency',
      'data lag',
      'refresh',
      'update frequency',
      'recency',
    ],
  ],
  ['latency', ['latency', 'response time', 'inference time', 'p50', 'p90', 'p95', 'p99', 'p999']],
  ['availability', ['availability', 'uptime', 'sla', 'slo', 'reliability']],
  [
    'throughput',
    [
      'throughput',
      'scale',
      'scalability',
      'volume',
      'qps',
      'rps',
      'tps',
      'request rate',
      'requests per second',
      'peak load',
      'traffic',
    ],
  ],
];

function words(name: string): string[] {
  return name.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

function contains(haystack: readonly string[], phrase: string): boolean {
  const needle = phrase.split(' ');
  return haystack.some((_, i) => needle.every((word, k) => haystack[i + k] === word));
}

/** Which requirement a Requirements Summary row name is about, if any. */
export function classifyRequirement(name: string): RequirementKind | null {
  const nameWords = words(name);
  const hit = KEYWORDS.find(([, phrases]) => phrases.some((p) => contains(nameWords, p)));
  return hit?.[0] ?? null;
}

const PARSERS: Readonly<Record<RequirementKind, (raw: string) => Normalized>> = {
  latency: parseLatencyMs,
  throughput: parseThroughputPerSecond,
  availability: parseAvailability,
  freshness: parseFreshnessSeconds,
};

export function normalizeRequirement(kind: RequirementKind, raw: string): Normalized {
  return PARSERS[kind](raw);
}
