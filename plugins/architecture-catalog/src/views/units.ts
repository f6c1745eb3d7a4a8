import type { StatedRate } from '../engine/types.js';
import type { Measure } from './types.js';

const NONE = '—';

/**
 * At most `digits` decimals, trailing zeros dropped; no locale, so output is the same everywhere.
 * A value that would round to zero keeps two significant digits instead: 0.004 is not 0.
 */
export function trimNumber(value: number, digits = 1): string {
  const rounded = fixed(value, digits);
  if (rounded !== '0' || value === 0) return rounded;
  // Two significant digits, written out: 0.000032, never 3.2e-5.
  return fixed(value, Math.min(20, Math.ceil(-Math.log10(Math.abs(value))) + 1));
}

/** `value` with at most `digits` decimals, trailing zeros dropped, never in exponent form. */
function fixed(value: number, digits: number): string {
  const text = value.toFixed(digits);
  const trimmed = text.includes('.') ? text.replace(/\.?0+$/, '') : text;
  return trimmed === '-0' ? '0' : trimmed;
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

/**
 * The rate as the design states it, with the per-second figure every use case is compared on:
 * `2.4M/night in a 2 h window ≈ 333.3/s`; a rate stated per second alone reads `1.5k/s`.
 */
export function throughputMeasure(
  perSecond: number | null,
  stated: StatedRate | null = null,
): Measure {
  if (perSecond === null) return { value: null, display: NONE };
  const converted = formatPerSecond(perSecond);
  const asStated = stated !== null && (stated.periodSeconds !== 1 || stated.windowSeconds !== null);
  return {
    value: perSecond,
    display: asStated ? `${statedText(stated)} ≈ ${converted}` : converted,
  };
}

function statedText({ count, period, windowSeconds }: StatedRate): string {
  // An interval reads `1 every 2 s`; a named period `2.4M/night`.
  const rate = period.includes(' ')
    ? `${compactCount(count)} every ${period}`
    : `${compactCount(count)}/${period}`;
  return windowSeconds === null
    ? rate
    : `${rate} in a ${formatDurationMs(windowSeconds * 1000)} window`;
}

function formatPerSecond(perSecond: number): string {
  if (perSecond >= 1e9) return `${trimNumber(perSecond / 1e9)}G/s`;
  if (perSecond >= 1e6) return `${trimNumber(perSecond / 1e6)}M/s`;
  if (perSecond >= 1e3) return `${trimNumber(perSecond / 1e3)}k/s`;
  if (perSecond >= 1) return `${trimNumber(perSecond)}/s`;
  return `${trimNumber(perSecond, 2)}/s`;
}

function compactCount(count: number): string {
  if (count >= 1e9) return `${trimNumber(count / 1e9)}B`;
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
