import type { Measure } from './types.js';

const NONE = '—';

/**
 * At most `digits` decimals, trailing zeros dropped; no locale, so output is the same everywhere.
 * A value that would round to zero keeps two significant digits instead: 0.004 is not 0.
 */
export function trimNumber(value: number, digits = 1): string {
  const rounded = Number(value.toFixed(digits));
  return String(rounded === 0 && value !== 0 ? Number(value.toPrecision(2)) : rounded);
}

export function latencyMeasure(ms: number | null): Measure {
  return { value: ms, display: ms === null ? NONE : formatDurationMs(ms) };
}

export function formatDurationMs(ms: number): string {
  if (ms < 1) return `${trimNumber(ms * 1000)} µs`;
  if (ms < 1000) return `${trimNumber(ms)} ms`;
  if (ms < 60_000) return `${trimNumber(ms / 1000)} s`;
  if (ms < 3_600_000) return `${trimNumber(ms / 60_000)} min`;
  if (ms < 86_400_000) return `${trimNumber(ms / 3_600_000)} h`;
  return `${trimNumber(ms / 86_400_000)} d`;
}

export function throughputMeasure(perSecond: number | null): Measure {
  return { value: perSecond, display: perSecond === null ? NONE : formatRate(perSecond) };
}

function formatRate(perSecond: number): string {
  if (perSecond >= 1e9) return `${trimNumber(perSecond / 1e9)}G/s`;
  if (perSecond >= 1e6) return `${trimNumber(perSecond / 1e6)}M/s`;
  if (perSecond >= 1e3) return `${trimNumber(perSecond / 1e3)}k/s`;
  if (perSecond >= 1) return `${trimNumber(perSecond)}/s`;
  if (perSecond * 60 >= 1) return `${trimNumber(perSecond * 60)}/min`;
  if (perSecond * 3600 >= 1) return `${trimNumber(perSecond * 3600)}/h`;
  return `${compactCount(perSecond * 86_400)}/day`;
}

function compactCount(count: number): string {
  if (count >= 1e6) return `${trimNumber(count / 1e6)}M`;
  if (count >= 1e3) return `${trimNumber(count / 1e3)}k`;
  return trimNumber(count);
}

export function availabilityMeasure(fraction: number | null): Measure {
  return {
    value: fraction,
    // Every digit stated: rounding 99.99999% up would show a promise nobody made (100%).
    display: fraction === null ? NONE : `${trimNumber(fraction * 100, 8)}%`,
  };
}

const CADENCES: Record<number, string> = {
  0: 'real-time',
  3600: 'hourly',
  86_400: 'daily',
  604_800: 'weekly',
};

export function freshnessMeasure(seconds: number | null): Measure {
  if (seconds === null) return { value: null, display: NONE };
  return { value: seconds, display: CADENCES[seconds] ?? formatDurationMs(seconds * 1000) };
}
