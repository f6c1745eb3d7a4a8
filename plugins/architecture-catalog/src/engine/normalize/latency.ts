import type { Duration } from './duration.js';
import { findDurations } from './duration.js';
import type { Normalized } from './result.js';
import { maxOf } from './result.js';
import type { Token } from './tokens.js';
import { adjacent, isOrdinal, isSym, wordText } from './tokens.js';
import { readMeasure } from './read-measure.js';

interface Mark {
  index: number;
  percentile: number;
}

const PERCENTILE_WORDS = new Map([
  ['median', 50],
  ['mean', 50],
  ['avg', 50],
  ['average', 50],
  ['typical', 50],
  ['max', 100],
  ['maximum', 100],
  ['worst', 100],
]);

function percentileAt(tokens: readonly Token[], index: number): number | undefined {
  const token = tokens[index];
  if (token?.kind === 'pct') return token.value;
  if (token?.kind === 'word') return PERCENTILE_WORDS.get(token.text);
  if (token?.kind !== 'num') return undefined;
  const next = tokens[index + 1];
  if (isOrdinal(tokens, index) || wordText(next) === 'percentile') return token.value;
  // `99%ile`
  const ile = tokens[index + 2];
  return isSym(next, '%') && adjacent(next, ile) && wordText(ile) === 'ile'
    ? token.value
    : undefined;
}

function findMarks(tokens: readonly Token[]): Mark[] {
  return tokens.flatMap((_, index) => {
    const percentile = percentileAt(tokens, index);
    return percentile === undefined ? [] : [{ index, percentile }];
  });
}

/**
 * Marks usually precede their values (`p50 20ms / p99 80ms`); when the first mark comes after
 * the first value (`20ms (p50), 80ms (p99)`) each value takes the next mark before the next value.
 */
function assignPercentiles(pool: readonly Duration[], marks: readonly Mark[]): (number | null)[] {
  const prefix = (marks[0]?.index ?? Infinity) < (pool[0]?.index ?? Infinity);
  let m = 0;
  return pool.map((duration, i) => {
    while ((marks[m]?.index ?? Infinity) < duration.index) m += 1;
    if (prefix) return marks[m - 1]?.percentile ?? null;
    const mark = marks[m];
    const limit = pool[i + 1]?.index ?? Infinity;
    return mark !== undefined && mark.index < limit ? mark.percentile : null;
  });
}

interface Reading {
  ms: number;
  percentile: number | null;
}

function readings(durations: readonly Duration[], marks: readonly Mark[]): Reading[] {
  const markIndexes = new Set(marks.map((mark) => mark.index));
  const numbers = durations.filter((duration) => !markIndexes.has(duration.index));
  const withUnits = numbers.filter((duration) => duration.unit !== null);
  // A bare `200` means milliseconds, but only when nothing in the text carries a unit.
  const pool = withUnits.length > 0 ? withUnits : numbers;
  const percentiles = assignPercentiles(pool, marks);
  return pool.map((duration, i) => ({
    ms: duration.value * (duration.unit ?? 1),
    percentile: percentiles[i] ?? null,
  }));
}

/** The highest percentile's value; among equals (a range, a repeat) the upper bound. */
function pick(all: readonly Reading[]): number | undefined {
  const ranked = all.filter((reading) => reading.percentile !== null);
  const pool = ranked.length > 0 ? ranked : all;
  const top = maxOf(pool.map((reading) => reading.percentile ?? 0));
  return maxOf(pool.filter((reading) => (reading.percentile ?? 0) === top).map((r) => r.ms));
}

const KEYWORDS: readonly (readonly [readonly string[], number])[] = [
  [['sub', 'millisecond'], 1],
  [['sub', 'ms'], 1],
  [['submillisecond'], 1],
  [['sub', 'second'], 1_000],
  [['subsecond'], 1_000],
  [['sub', 'minute'], 60_000],
];

/** A latency requirement in milliseconds: the highest percentile, the upper bound of a range. */
export function parseLatencyMs(raw: string): Normalized {
  return readMeasure(
    raw,
    (tokens) => pick(readings(findDurations(tokens), findMarks(tokens))),
    KEYWORDS,
  );
}
