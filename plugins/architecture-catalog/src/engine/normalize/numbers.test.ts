import { describe } from 'vitest';
import { parseAvailability } from './availability.js';
import { itReads } from './__fixtures__/readings.js';
import { parseFreshnessSeconds } from './freshness.js';
import { parseLatencyMs } from './latency.js';
import { parseThroughputPerSecond } from './throughput.js';

// Numbers are read without guessing: a separator that could mean two things,
// a value out of range, negative or divided by zero is flagged, not read.
describe('numbers in throughput', () => {
  itReads(parseThroughputPerSecond, {
    unit: '/s',
    values: [
      ["1'500 req/s", 1500],
      ['1’500 req/s', 1500],
      ['1.500.000 events/s', 1_500_000],
      ['1e3 req/s', 1000],
      ['2.5e6 events/s', 2_500_000],
      ['24/7, 1,500 req/s', 1500],
    ],
    unparseable: [
      ['1.500 req/s', '`1.500` reads as 1.500 or 1500'],
      ["1'5 req/s", "`1'5` mixes a separator"],
      ['1,0000 req/s', '`1,0000` mixes a separator'],
      [`${'9'.repeat(300)} req/s`, 'is out of range'],
      ['10/0 req/s', '`10/0` divides by zero'],
    ],
  });
});

describe('numbers in latency', () => {
  itReads(parseLatencyMs, {
    unit: 'ms',
    values: [
      ['1e-3 s', 1],
      ['0.500 s', 500],
      ['p99.995 < 200 ms', 200],
      ['50-100 ms', 100],
      ['p50/p99: 20/80ms', 80],
    ],
    unparseable: [
      ['1,5 s', '`1,5` mixes a separator'],
      ['1,50 s', '`1,50` mixes a separator'],
      ['1e309 ms', '`1e309` is out of range'],
      ['-5 ms', '`-5` is negative'],
      ['p99 (-5 ms)', '`-5` is negative'],
      ['1/0 s', '`1/0` divides by zero'],
    ],
  });
});

describe('numbers in availability and freshness', () => {
  itReads(parseAvailability, {
    values: [
      ['99.995', 0.99995],
      ['99.99999%', 0.9999999],
      ['99-99.9%', 0.999],
    ],
    unparseable: [['-5%', '`-5` is negative']],
  });
  itReads(parseFreshnessSeconds, {
    unit: 's',
    values: [['T+1', 86_400]],
    unparseable: [['-1 h', '`-1` is negative']],
  });
});
