import { describe, expect, it } from 'vitest';
import { parseLatencyMs } from './latency.js';

describe('parseLatencyMs', () => {
  it.each([
    ['200ms', 200],
    ['200 ms', 200],
    ['200 MS', 200],
    ['200', 200],
    ['< 200ms', 200],
    ['<=200 ms', 200],
    ['<200ms', 200],
    ['≤ 200ms', 200],
    ['under 200 ms', 200],
    ['~200ms', 200],
    ['about 200 milliseconds', 200],
    ['500µs', 0.5],
    ['500 us', 0.5],
    ['500 μs', 0.5],
    ['1.5s', 1500],
    ['2 sec', 2000],
    ['3 seconds', 3000],
    ['< 1 second', 1000],
    ['5 min', 300_000],
    ['5 minutes', 300_000],
    ['2 hours', 7_200_000],
    ['2 hr', 7_200_000],
    ['4h', 14_400_000],
    ['2 days', 172_800_000],
    ['p99 <100ms', 100],
    ['p99 < 100 ms', 100],
    ['p50 20ms / p99 80ms', 80],
    ['p99 80ms, p50 20ms', 80],
    ['P95: 150ms; P99: 300ms', 300],
    ['p50/p99: 20/80ms', 80],
    ['p99.9 < 250ms, p99 < 100ms', 250],
    ['20ms (p50), 80ms (p99)', 80],
    ['80 ms at p99, 20 ms at p50', 80],
    ['99th percentile under 120 ms', 120],
    ['median 30ms, 99th percentile 90ms', 90],
    ['p99 80ms, max 200ms', 200],
    ['50-100 ms', 100],
    ['50 - 100ms', 100],
    ['50–100 ms', 100],
    ['50 to 100ms', 100],
    ['between 50 and 100 ms', 100],
    ['50ms-100ms', 100],
    ['1-2 s', 2000],
    ['sub-second', 1000],
    ['Sub second', 1000],
    ['subsecond', 1000],
    ['sub-millisecond', 1],
    ['real-time (< 100ms)', 100],
    ['**< 50 ms** p99', 50],
    ['`p99 < 50 ms`', 50],
    ['< 100ms for 95% of requests', 100],
    ['Top 10 results in 200ms', 200],
    ['1,500 ms', 1500],
    ['2 hours (nightly batch window)', 7_200_000],
  ])('%s -> %d ms', (raw, expected) => {
    expect(parseLatencyMs(raw)).toEqual({ kind: 'value', value: expected });
  });

  it.each([
    'N/A (batch)',
    'N/A',
    'n/a',
    'NA',
    'none',
    'None (batch only)',
    '-',
    '—',
    '',
    '   ',
    'Not applicable',
    'not required',
  ])('%j -> none', (raw) => {
    expect(parseLatencyMs(raw)).toEqual({ kind: 'none' });
  });

  it.each(['real-time', 'fast', 'TBD', 'as low as possible', 'p99', 'ms'])(
    '%j -> unparseable',
    (raw) => {
      expect(parseLatencyMs(raw)).toEqual({ kind: 'unparseable' });
    },
  );

  it.each([
    ['p99 < 100ms', '  P99   <   100   MS  '],
    ['200ms', '200 milliseconds'],
    ['1500 ms', '1,500 ms'],
    ['2 hours', '2 HOURS'],
    ['50-100ms', '50 to 100 ms'],
  ])('%j and %j read the same', (a, b) => {
    expect(parseLatencyMs(a)).toEqual(parseLatencyMs(b));
  });
});
