import { describe, expect, it } from 'vitest';
import { parseAvailability } from './availability.js';
import { parseFreshnessSeconds } from './freshness.js';
import { parseLatencyMs } from './latency.js';
import type { Normalized } from './result.js';
import { parseThroughputPerSecond } from './throughput.js';

const PARSERS: Record<string, (raw: string) => Normalized> = {
  latency: parseLatencyMs,
  throughput: parseThroughputPerSecond,
  availability: parseAvailability,
  freshness: parseFreshnessSeconds,
};

describe('numbers read without guessing', () => {
  it.each([
    ['throughput', "1'500 req/s", 1500],
    ['throughput', '1’500 req/s', 1500],
    ['throughput', '1.500.000 events/s', 1_500_000],
    ['throughput', '1e3 req/s', 1000],
    ['throughput', '2.5e6 events/s', 2_500_000],
    ['latency', '1e-3 s', 1],
    ['latency', '0.500 s', 500],
    ['latency', 'p99.995 < 200 ms', 200],
    ['latency', '50-100 ms', 100],
    ['latency', 'p50/p99: 20/80ms', 80],
    ['availability', '99.995', 0.99995],
    ['availability', '99.99999%', 0.9999999],
    ['availability', '99-99.9%', 0.999],
    ['freshness', 'T+1', 86_400],
    ['throughput', '24/7, 1,500 req/s', 1500],
  ])('%s %j is %d', (kind, raw, value) => {
    const read = PARSERS[kind]?.(raw);
    expect(read).toEqual({ kind: 'value', value });
  });

  it.each([
    ['throughput', '1.500 req/s', '`1.500` reads as 1.500 or 1500'],
    ['latency', '1,5 s', '`1,5` mixes a separator'],
    ['latency', '1,50 s', '`1,50` mixes a separator'],
    ['throughput', "1'5 req/s", "`1'5` mixes a separator"],
    ['throughput', '1,0000 req/s', '`1,0000` mixes a separator'],
    ['latency', '1e309 ms', '`1e309` is out of range'],
    ['throughput', `${'9'.repeat(300)} req/s`, 'is out of range'],
    ['latency', '-5 ms', '`-5` is negative'],
    ['latency', 'p99 (-5 ms)', '`-5` is negative'],
    ['freshness', '-1 h', '`-1` is negative'],
    ['availability', '-5%', '`-5` is negative'],
    ['latency', '1/0 s', '`1/0` divides by zero'],
    ['throughput', '10/0 req/s', '`10/0` divides by zero'],
  ])('%s %j is flagged', (kind, raw, reason) => {
    const read = PARSERS[kind]?.(raw);
    expect(read?.kind).toBe('unparseable');
    expect(read?.kind === 'unparseable' ? read.reason : '').toContain(reason);
  });
});
