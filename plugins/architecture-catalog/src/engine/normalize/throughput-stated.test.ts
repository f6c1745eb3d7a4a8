import { describe, expect, it } from 'vitest';
import { inWindow, readThroughput, windowOfText } from './throughput.js';

describe('rates as the design states them', () => {
  it.each([
    // A batch window: the night's work is done in 2 hours, so it runs at 2.4M / 7,200 s.
    [
      '2.4M predictions per night with a 2-hour batch window',
      2_400_000 / 7_200,
      { count: 2_400_000, periodSeconds: 86_400, period: 'night', windowSeconds: 7_200 },
    ],
    [
      '2.4M predictions nightly (2 h window)',
      2_400_000 / 7_200,
      { count: 2_400_000, periodSeconds: 86_400, period: 'night', windowSeconds: 7_200 },
    ],
    // Without a window the period is all there is.
    [
      '50,000 predictions per night',
      50_000 / 86_400,
      { count: 50_000, periodSeconds: 86_400, period: 'night', windowSeconds: null },
    ],
    // A stated product is multiplied out.
    [
      '2,140 substations x 48 horizons per hourly run',
      (2_140 * 48) / 3_600,
      { count: 102_720, periodSeconds: 3_600, period: 'h', windowSeconds: null },
    ],
    [
      '2,140 × 48 forecasts per hour',
      (2_140 * 48) / 3_600,
      { count: 102_720, periodSeconds: 3_600, period: 'h', windowSeconds: null },
    ],
    // Intervals.
    [
      'one prediction every 2 s',
      0.5,
      { count: 1, periodSeconds: 2, period: '2 s', windowSeconds: null },
    ],
    [
      '1 batch every 15 minutes',
      1 / 900,
      { count: 1, periodSeconds: 900, period: '15 min', windowSeconds: null },
    ],
    // A window shorter than nothing it applies to changes nothing.
    [
      '500 req/s, 2 h window',
      500,
      { count: 500, periodSeconds: 1, period: 's', windowSeconds: null },
    ],
    ['6,000 req/min', 100, { count: 6_000, periodSeconds: 60, period: 'min', windowSeconds: null }],
  ])('%j is %d/s, stated as %j', (raw, perSecond, stated) => {
    const { read, stated: found } = readThroughput(raw);
    expect(read.kind).toBe('value');
    expect(read.kind === 'value' ? read.value : NaN).toBeCloseTo(perSecond, 6);
    expect(found).toEqual(stated);
  });

  it('reads no stated rate where there is no value', () => {
    expect(readThroughput('lots').stated).toBeNull();
    expect(readThroughput('N/A').stated).toBeNull();
  });
});

describe('a batch window stated in its own row', () => {
  it.each([
    ['2 hours', 7_200],
    ['55-80 min', 4_800],
    ['2-hour window, from 01:00', 7_200],
    ['Scores in CRM by 06:00 UTC', undefined],
    ['N/A', undefined],
  ])('%j is %j seconds', (raw, seconds) => {
    expect(windowOfText(raw)).toBe(seconds);
  });

  it('applies to a rate stated over a longer period, and to no other', () => {
    const nightly = readThroughput('2.4M predictions per night').stated!;
    expect(inWindow(nightly, 7_200)).toEqual({
      perSecond: 2_400_000 / 7_200,
      stated: { ...nightly, windowSeconds: 7_200 },
    });
    const online = readThroughput('500 req/s').stated!;
    expect(inWindow(online, 7_200)).toEqual({ perSecond: 500, stated: online });
  });
});
