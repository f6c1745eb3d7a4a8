import { cleanText, isNone } from './clean.js';
import { MS_PER_UNIT } from './duration.js';
import { unreadableNumber } from './numbers.js';
import type { Normalized } from './result.js';
import { maxOf, NONE, UNPARSEABLE, unreadable, valueOf } from './result.js';
import type { Token } from './tokens.js';
import { isAroundTheClock, isOrdinal, isPercent, isSym, tokenize, wordText } from './tokens.js';

const MULTIPLIERS = new Map([
  ['k', 1e3],
  ['thousand', 1e3],
  ['m', 1e6],
  ['mm', 1e6],
  ['mn', 1e6],
  ['mil', 1e6],
  ['million', 1e6],
  ['b', 1e9],
  ['bn', 1e9],
  ['billion', 1e9],
]);

const SECONDS_PER_PERIOD = new Map([
  ...['s', 'sec', 'secs', 'second', 'seconds'].map((w) => [w, 1] as const),
  ...['m', 'min', 'mins', 'minute', 'minutes'].map((w) => [w, 60] as const),
  ...['h', 'hr', 'hrs', 'hour', 'hours'].map((w) => [w, 3_600] as const),
  ...['d', 'day', 'days', 'night', 'nights'].map((w) => [w, 86_400] as const),
  ...['w', 'wk', 'week', 'weeks'].map((w) => [w, 604_800] as const),
  ...['mo', 'month', 'months'].map((w) => [w, 2_592_000] as const),
]);

/** Words that are a rate on their own: `RPS`, `nightly`. */
const RATE_WORDS = new Map([
  ...['rps', 'qps', 'tps', 'eps', 'mps'].map((w) => [w, 1] as const),
  ...['rpm', 'qpm', 'tpm'].map((w) => [w, 60] as const),
  ['rph', 3_600],
  ['hourly', 3_600],
  ['daily', 86_400],
  ['nightly', 86_400],
  ['weekly', 604_800],
  ['monthly', 2_592_000],
]);

const PER_WORDS = new Set(['per', 'a', 'an', 'each', 'every']);
const LABELS = new Set(['peak', 'max', 'maximum', 'burst', 'bursts', 'up', 'upto', 'highest']);
/** Words that may follow a bare number that still counts the same thing (`avg 500`). */
const HARMLESS = new Set([...LABELS, 'to', 'and', 'or', 'avg', 'average', 'mean', 'typical']);
const BREAKS = new Set([',', ';', '|']);

/** Seconds per period when a rate starts at `tokens[j]`: `RPS`, `/s`, `per day`, `a night`. */
function rateAt(tokens: readonly Token[], j: number): number | undefined {
  const word = wordText(tokens[j]);
  if (word !== undefined && RATE_WORDS.has(word)) return RATE_WORDS.get(word);
  const isPer = isSym(tokens[j], '/') || PER_WORDS.has(word ?? '');
  if (!isPer) return undefined;
  const next = isSym(tokens[j + 1], '-') ? tokens[j + 2] : tokens[j + 1];
  return SECONDS_PER_PERIOD.get(wordText(next) ?? '');
}

function isBoundary(token: Token | undefined): boolean {
  return (
    token === undefined ||
    token.kind === 'num' ||
    token.kind === 'pct' ||
    BREAKS.has(token.kind === 'sym' ? token.text : '')
  );
}

/** Token indexes from `from` walking by `step` until the next number or clause break. */
function window(tokens: readonly Token[], from: number, step: 1 | -1): number[] {
  const indexes: number[] = [];
  for (let j = from; !isBoundary(tokens[j]); j += step) indexes.push(j);
  return indexes;
}

interface Count {
  value: number;
  /** Seconds per period, when the number carries a rate. */
  period: number | undefined;
  labeled: boolean;
  /** Nothing but harmless words follows, so it may borrow a neighbour's rate. */
  bare: boolean;
}

function isCount(tokens: readonly Token[], index: number): boolean {
  const next = wordText(tokens[index + 1]) ?? '';
  const isDuration = MS_PER_UNIT.has(next) && !MULTIPLIERS.has(next);
  return !isDuration && next !== 'x' && !isOrdinal(tokens, index) && !isPercent(tokens, index);
}

function readCount(tokens: readonly Token[], index: number, value: number): Count {
  const multiplier = MULTIPLIERS.get(wordText(tokens[index + 1]) ?? '');
  const after = window(tokens, index + (multiplier === undefined ? 1 : 2), 1);
  const before = window(tokens, index - 1, -1);
  const rateWordBefore = before.find((j) => RATE_WORDS.has(wordText(tokens[j]) ?? ''));
  const forward = after.map((j) => rateAt(tokens, j)).find((p) => p !== undefined);
  const words = after.flatMap((j) => wordText(tokens[j]) ?? []);
  return {
    value: Number((value * (multiplier ?? 1)).toPrecision(15)),
    period: forward ?? (rateWordBefore === undefined ? undefined : rateAt(tokens, rateWordBefore)),
    labeled: [...before, ...after].some((j) => LABELS.has(wordText(tokens[j]) ?? '')),
    bare: words.every((word) => HARMLESS.has(word)),
  };
}

function findCounts(tokens: readonly Token[]): Count[] {
  return tokens.flatMap((token, index) =>
    token.kind === 'num' && isCount(tokens, index) && !isAroundTheClock(tokens, index)
      ? [readCount(tokens, index, token.value)]
      : [],
  );
}

/** For each count, the period of the nearest rated count scanning in one direction. */
function nearestPeriods(
  counts: readonly Count[],
  order: readonly number[],
): (number | undefined)[] {
  const periods: (number | undefined)[] = [];
  let last: number | undefined;
  for (const i of order) {
    periods[i] = last;
    last = counts[i]?.period ?? last;
  }
  return periods;
}

/** A bare number (`avg 500`) borrows the rate of the previous rated number, else the next. */
function borrowRates(counts: readonly Count[]): Count[] {
  const forward = counts.map((_, i) => i);
  const previous = nearestPeriods(counts, forward);
  const next = nearestPeriods(counts, forward.toReversed());
  return counts.map((count, i) =>
    count.period !== undefined || !count.bare
      ? count
      : { ...count, period: previous[i] ?? next[i] },
  );
}

/** A throughput requirement per second: the peak (or largest) rate named. */
export function parseThroughputPerSecond(raw: string): Normalized {
  const cleaned = cleanText(raw);
  if (isNone(cleaned)) return NONE;
  const tokens = tokenize(cleaned);
  const doubt = unreadableNumber(cleaned, tokens);
  if (doubt !== undefined) return unreadable(doubt);
  const rated = borrowRates(findCounts(tokens)).filter((c) => c.period !== undefined);
  const labeled = rated.filter((count) => count.labeled);
  const pool = labeled.length > 0 ? labeled : rated;
  const best = maxOf(pool.map((count) => count.value / (count.period ?? 1)));
  return best === undefined ? UNPARSEABLE : valueOf(best);
}
