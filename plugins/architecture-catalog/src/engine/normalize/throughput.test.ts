import { describe, expect, it } from 'vitest';
import { itReads } from './__fixtures__/readings.js';
import { parseThroughputPerSecond } from './throughput.js';

describe('parseThroughputPerSecond', () => {
  it.each([
    ['1000 req/s', 1000],
    ['1,500 req/s', 1500],
    ['1 500 req/s', 1500],
    ['1_500 req/s', 1500],
    ['1500 requests/sec', 1500],
    ['1500 requests per second', 1500],
    ['500 RPS', 500],
    ['500 rps', 500],
    ['200 QPS', 200],
    ['50 TPS', 50],
    ['3.5k RPS', 3500],
    ['3.5K req/s', 3500],
    ['10k events/sec', 10_000],
    ['2M predictions/s', 2_000_000],
    ['1.2 million req/s', 1_200_000],
    ['5 thousand msg/s', 5000],
    ['4.35k msg/s', 4350],
    ['100 predictions/s', 100],
    ['6,000 req/min', 100],
    ['600 requests per minute', 10],
    ['120 RPM', 2],
    ['36,000/hour', 10],
    ['36,000 per hr', 10],
    ['10M events/day', 10_000_000 / 86_400],
    ['10M events per day', 10_000_000 / 86_400],
    ['864,000 records daily', 10],
    ['50,000 predictions per night', 50_000 / 86_400],
    ['50,000 predictions nightly', 50_000 / 86_400],
    ['1B events/day', 1e9 / 86_400],
    ['2.5 bn rows / day', 2.5e9 / 86_400],
    ['peak 2,000 req/s, avg 500', 2000],
    ['avg 500 req/s, peak 2,000', 2000],
    ['Peak: 2k RPS; average 300 RPS', 2000],
    ['500 req/s (peak 2,000)', 2000],
    ['RPS: 1000', 1000],
    ['~1000 RPS', 1000],
    ['> 1000 QPS', 1000],
    ['1000+ req/s', 1000],
    ['1.5k-2k RPS', 2000],
    ['500 to 800 req/s', 800],
    ['200 req/s with 5000 concurrent users', 200],
    ['50 req/s, 24/7', 50],
    ['100 requests a second', 100],
    ['**1,000 req/s**', 1000],
  ])('%s -> %d /s', (raw, expected) => {
    const result = parseThroughputPerSecond(raw);
    expect(result.kind).toBe('value');
    if (result.kind === 'value') expect(result.value).toBeCloseTo(expected, 9);
  });

  it('does not round a daily volume', () => {
    expect(parseThroughputPerSecond('10M events/day')).toEqual({
      kind: 'value',
      value: 10_000_000 / 86_400,
    });
  });

  itReads(parseThroughputPerSecond, {
    none: ['N/A', 'n/a (batch)', 'none', '-', ''],
    unparseable: [
      '2M scores per batch run',
      '1500',
      'high',
      'millions of requests per day',
      'TBD',
      '10,000 users',
      '24/7',
    ],
    same: [
      ['1500 req/s', '1,500 req/s'],
      ['1500 req/s', '  1500   REQ/S '],
      ['3500 rps', '3.5k RPS'],
      ['3500 rps', '3,500 requests per second'],
      ['10M events/day', '10 million events per day'],
    ],
  });
});
