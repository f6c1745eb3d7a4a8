import { describe, expect, it } from 'vitest';
import {
  availabilityMeasure,
  freshnessMeasure,
  latencyMeasure,
  throughputMeasure,
} from './units.js';

describe('human units', () => {
  it.each([
    [80, '80 ms'],
    [0.5, '500 µs'],
    [1500, '1.5 s'],
    [300_000, '5 min'],
    [7_200_000, '2 h'],
    [null, '—'],
  ])('latency %s ms reads %s', (ms, text) => expect(latencyMeasure(ms).display).toBe(text));

  it.each([
    [3500, '3.5k/s'],
    [2000, '2k/s'],
    [120, '120/s'],
    [2_500_000, '2.5M/s'],
    [0.5, '0.5/s'],
    [50_000 / 86_400, '0.58/s'],
    [10 / 86_400, '0.00012/s'],
    [1 / (365 * 86_400), '0.000000032/s'],
  ])('throughput %s/s reads %s', (perSecond, text) =>
    expect(throughputMeasure(perSecond).display).toBe(text),
  );

  const stated = (
    count: number,
    periodSeconds: number,
    period: string,
    windowSeconds: number | null = null,
  ) => ({ count, periodSeconds, period, windowSeconds });
  it.each([
    [
      2_400_000 / 7_200,
      stated(2_400_000, 86_400, 'night', 7_200),
      '2.4M/night in a 2 h window ≈ 333.3/s',
    ],
    [50_000 / 86_400, stated(50_000, 86_400, 'night'), '50k/night ≈ 0.58/s'],
    [100, stated(6_000, 60, 'min'), '6k/min ≈ 100/s'],
    [0.5, stated(1, 2, '2 s'), '1 every 2 s ≈ 0.5/s'],
    [(2_140 * 48) / 3_600, stated(102_720, 3_600, 'h'), '102.7k/h ≈ 28.5/s'],
    [1500, stated(1500, 1, 's'), '1.5k/s'],
  ])('throughput %s/s stated as %j reads %s', (perSecond, rate, text) =>
    expect(throughputMeasure(perSecond, rate).display).toBe(text),
  );

  it.each([
    [0.9999, '99.99%'],
    [0.9995, '99.95%'],
    [0.999, '99.9%'],
    [0.9999999, '99.99999%'],
    [0.99999999, '99.999999%'],
    [1, '100%'],
  ])('availability %s reads %s', (fraction, text) =>
    expect(availabilityMeasure(fraction).display).toBe(text),
  );

  it.each([
    [0, 'real-time'],
    [300, '5 min'],
    [3600, 'hourly'],
    [86_400, 'daily'],
    [604_800, 'weekly'],
    [21_600, '6 h'],
  ])('freshness %s s reads %s', (seconds, text) =>
    expect(freshnessMeasure(seconds).display).toBe(text),
  );
});
