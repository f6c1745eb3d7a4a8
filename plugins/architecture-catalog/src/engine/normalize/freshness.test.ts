import { describe, expect, it } from 'vitest';
import { itReads } from './__fixtures__/readings.js';
import { parseFreshnessSeconds } from './freshness.js';

describe('parseFreshnessSeconds', () => {
  it.each([
    ['real-time', 0],
    ['Real-time', 0],
    ['realtime', 0],
    ['real time', 0],
    ['streaming', 0],
    ['live', 0],
    ['online', 0],
    ['near real-time', 60],
    ['Near-real-time', 60],
    ['near realtime', 60],
    ['< 5 min', 300],
    ['<5min', 300],
    ['within 15 minutes', 900],
    ['5-15 minutes', 900],
    ['30 s', 30],
    ['1 s', 1],
    ['1s', 1],
    ['500 ms', 0.5],
    ['2 hours', 7200],
    ['24h', 86_400],
    ['1 day', 86_400],
    ['2 days', 172_800],
    ['1 week', 604_800],
    ['hourly', 3600],
    ['Hourly refresh', 3600],
    ['daily', 86_400],
    ['Daily (T+1)', 86_400],
    ['nightly', 86_400],
    ['nightly batch', 86_400],
    ['every night', 86_400],
    ['once a day', 86_400],
    ['T+1', 86_400],
    ['T + 2', 172_800],
    ['weekly', 604_800],
    ['monthly', 2_592_000],
    ['every 6 hours', 21_600],
    ['Every 15 min', 900],
    ['sub-second', 1],
    ['near real-time (< 5 min)', 300],
    ['twice a day', 43_200],
    ['**Daily**', 86_400],
  ])('%s -> %d s', (raw, expected) => {
    expect(parseFreshnessSeconds(raw)).toEqual({ kind: 'value', value: expected });
  });

  itReads(parseFreshnessSeconds, {
    none: ['N/A', 'n/a (static data)', 'none', '-', ''],
    unparseable: ['fresh', 'as fresh as possible', 'TBD', '5'],
    same: [
      ['< 5 min', '<  5  MINUTES'],
      ['real-time', 'Real Time'],
      ['1 hour', 'hourly'],
      ['daily', 'nightly batch'],
      ['15 minutes', '15 min'],
    ],
  });
});
