import { describe, expect, it } from 'vitest';
import { parseAvailability } from './availability.js';
import { parseFreshnessSeconds } from './freshness.js';
import { parseLatencyMs } from './latency.js';
import { parseThroughputPerSecond } from './throughput.js';

const PARSERS = [
  parseLatencyMs,
  parseThroughputPerSecond,
  parseAvailability,
  parseFreshnessSeconds,
];

// Inputs shaped to hurt regexes and loops (their time is test/engine/time-scaling.test.ts's).
const HOSTILE = [
  ' '.repeat(100_000),
  '1'.repeat(100_000),
  '1,000'.repeat(20_000),
  '1,0000 '.repeat(15_000),
  '1 000 '.repeat(20_000) + '0000',
  'p99 '.repeat(25_000),
  '[a]('.repeat(25_000),
  '<a '.repeat(33_000),
  '200ms p99 '.repeat(10_000),
  '5k req/s, avg 5 '.repeat(6_000),
  'three and a half '.repeat(6_000) + 'nines',
  'n/a '.repeat(25_000),
  '-'.repeat(100_000),
  '99.9% '.repeat(16_000),
  'real time '.repeat(10_000),
  '9'.repeat(400) + ' ms',
  '1.000'.repeat(20_000) + '.',
  "1'000".repeat(20_000) + "'",
  '1,5 '.repeat(25_000),
  '-1/0 '.repeat(20_000),
  '1e'.repeat(50_000),
];

describe('requirement parsers on hostile input', () => {
  it.each(HOSTILE.map((text) => [text.slice(0, 20), text]))('%j… returns a result', (_, text) => {
    for (const parse of PARSERS) {
      const result = parse(text);
      expect(['value', 'none', 'unparseable']).toContain(result.kind);
      if (result.kind === 'value') expect(Number.isFinite(result.value)).toBe(true);
    }
  });

  it('never throws on random text', () => {
    const alphabet = '0123456789 .,_-/+%<>=~()[]pPkKmMsShHdDnN µ≤≥–*`abcdefghijklmnopqrstuvwxyz';
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 2_000; i += 1) {
      const length = Math.floor(random() * 40);
      const text = Array.from(
        { length },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
      for (const parse of PARSERS) expect(() => parse(text)).not.toThrow();
    }
  });
});
