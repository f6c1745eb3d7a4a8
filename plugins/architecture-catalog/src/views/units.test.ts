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
    [0.5, '30/min'],
    [50_000 / 86_400, '34.7/min'],
    [10 / 86_400, '10/day'],
    [1 / (365 * 86_400), '0.0027/day'],
  ])('throughput %s/s reads %s', (perSecond, text) =>
    expect(throughputMeasure(perSecond).display).toBe(text),
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
