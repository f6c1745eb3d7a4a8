import { cleanText, isNone } from './clean.js';
import { findDurations, MS_PER_UNIT } from './duration.js';
import type { StatedRate } from '../types.js';
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

/** A period a rate is stated over: its length and how a person says it. */
export interface Period {
  seconds: number;
  label: string;
}

const period = (seconds: number, label: string): Period => ({ seconds, label });
const SECOND = period(1, 's');
const MINUTE = period(60, 'min');
const HOUR = period(3_600, 'h');
const DAY = period(86_400, 'day');
const NIGHT = period(86_400, 'night');
const WEEK = period(604_800, 'week');
const MONTH = period(2_592_000, 'month');

const PERIODS = new Map<string, Period>([
  ...['s', 'sec', 'secs', 'second', 'seconds'].map((w) => [w, SECOND] as const),
  ...['m', 'min', 'mins', 'minute', 'minutes'].map((w) => [w, MINUTE] as const),
  ...['h', 'hr', 'hrs', 'hour', 'hours'].map((w) => [w, HOUR] as const),
  ...['d', 'day', 'days'].map((w) => [w, DAY] as const),
  ...['night', 'nights'].map((w) => [w, NIGHT] as const),
  ...['w', 'wk', 'week', 'weeks'].map((w) => [w, WEEK] as const),
  ...['mo', 'month', 'months'].map((w) => [w, MONTH] as const),
]);

/** Words that are a rate on their own: `RPS`, `nightly`. */
const RATE_WORDS = new Map<string, Period>([
  ...['rps', 'qps', 'tps', 'eps', 'mps'].map((w) => [w, SECOND] as const),
  ...['rpm', 'qpm', 'tpm'].map((w) => [w, MINUTE] as const),
  ['rph', HOUR],
  ['hourly', HOUR],
  ['daily', DAY],
  ['nightly', NIGHT],
  ['weekly', WEEK],
  ['monthly', MONTH],
]);

const PER_WORDS = new Set(['per', 'a', 'an', 'each', 'every']);
const LABELS = new Set(['peak', 'max', 'maximum', 'burst', 'bursts', 'up', 'upto', 'highest']);
/** Words that may follow a bare number that still counts the same thing (`avg 500`). */
const HARMLESS = new Set([...LABELS, 'to', 'and', 'or', 'avg', 'average', 'mean', 'typical']);
const BREAKS = new Set([',', ';', '|']);

/** `every 2 s`, `every 15 minutes`: an interval of its own length. */
function intervalAt(tokens: readonly Token[], j: number): Period | undefined {
  const count = tokens[j];
  const unit = PERIODS.get(wordText(tokens[j + 1]) ?? '');
  if (count?.kind !== 'num' || unit === undefined || count.value <= 0) return undefined;
  return period(count.value * unit.seconds, `${count.value} ${unit.label}`);
}

/** The period a rate starting at `tokens[j]` is stated over: `RPS`, `/s`, `per day`, `every 2 s`. */
function rateAt(tokens: readonly Token[], j: number): Period | undefined {
  const word = wordText(tokens[j]);
  if (word !== undefined && RATE_WORDS.has(word)) return RATE_WORDS.get(word);
  const isPer = isSym(tokens[j], '/') || PER_WORDS.has(word ?? '');
  if (!isPer) return undefined;
  const next = isSym(tokens[j + 1], '-') ? j + 2 : j + 1;
  return PERIODS.get(wordText(tokens[next]) ?? '') ?? intervalAt(tokens, next);
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
  /** The period the number is stated over, when it carries a rate. */
  period: Period | undefined;
  labeled: boolean;
  /** Nothing but harmless words follows, so it may borrow a neighbour's rate. */
  bare: boolean;
}

function isCount(tokens: readonly Token[], index: number): boolean {
  const next = wordText(tokens[index + 1]) ?? '';
  const isDuration = MS_PER_UNIT.has(next) && !MULTIPLIERS.has(next);
  const isInterval = wordText(tokens[index - 1]) === 'every';
  return (
    !isDuration &&
    !isInterval &&
    next !== 'x' &&
    !isOrdinal(tokens, index) &&
    !isPercent(tokens, index)
  );
}

/** The number at `index` with its multiplier word: `2.4M` is 2,400,000. */
function countValueAt(tokens: readonly Token[], index: number): number | undefined {
  const token = tokens[index];
  if (token?.kind !== 'num') return wordText(token) === 'one' ? 1 : undefined;
  const multiplier = MULTIPLIERS.get(wordText(tokens[index + 1]) ?? '') ?? 1;
  return Number((token.value * multiplier).toPrecision(15));
}

const TIMES = new Set(['x', '*']);

/**
 * `2,140 substations x 48 horizons`: the count before the `x` (nouns and a multiplier word
 * between them allowed) multiplies this one.
 */
function factorBefore(tokens: readonly Token[], index: number): number {
  const times = tokens[index - 1];
  const isTimes =
    TIMES.has(wordText(times) ?? '') || TIMES.has(times?.kind === 'sym' ? times.text : '');
  if (!isTimes) return 1;
  let j = index - 2;
  while (tokens[j]?.kind === 'word' && wordText(tokens[j]) !== 'one') j -= 1;
  return countValueAt(tokens, j) ?? 1;
}

function readCount(tokens: readonly Token[], index: number, value: number): Count {
  const multiplier = MULTIPLIERS.get(wordText(tokens[index + 1]) ?? '');
  const after = window(tokens, index + (multiplier === undefined ? 1 : 2), 1);
  const before = window(tokens, index - 1, -1);
  const rateWordBefore = before.find((j) => RATE_WORDS.has(wordText(tokens[j]) ?? ''));
  const forward = after.map((j) => rateAt(tokens, j)).find((p) => p !== undefined);
  const words = after.flatMap((j) => wordText(tokens[j]) ?? []);
  const factor = factorBefore(tokens, index);
  return {
    value: Number((value * (multiplier ?? 1) * factor).toPrecision(15)),
    period: forward ?? (rateWordBefore === undefined ? undefined : rateAt(tokens, rateWordBefore)),
    labeled: [...before, ...after].some((j) => LABELS.has(wordText(tokens[j]) ?? '')),
    bare: words.every((word) => HARMLESS.has(word)),
  };
}

function findCounts(tokens: readonly Token[]): Count[] {
  return tokens.flatMap((token, index) => {
    if (wordText(token) === 'one') return [readCount(tokens, index, 1)];
    return token.kind === 'num' && isCount(tokens, index) && !isAroundTheClock(tokens, index)
      ? [readCount(tokens, index, token.value)]
      : [];
  });
}

/** For each count, the period of the nearest rated count scanning in one direction. */
function nearestPeriods(
  counts: readonly Count[],
  order: readonly number[],
): (Period | undefined)[] {
  const periods: (Period | undefined)[] = [];
  let last: Period | undefined;
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

const WINDOW_REACH = 4;

/** `2-hour batch window`, `(2 h window)`, `window of 2 h`: seconds, when the text states one. */
function windowSeconds(tokens: readonly Token[]): number | undefined {
  const at = tokens.findIndex((token) => wordText(token) === 'window');
  if (at < 0) return undefined;
  const nearest = findDurations(tokens)
    .filter(
      ({ index, unit, value }) =>
        unit !== null && value > 0 && Math.abs(index - at) <= WINDOW_REACH,
    )
    .sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at))[0];
  return nearest === undefined ? undefined : (nearest.value * (nearest.unit ?? 0)) / 1_000;
}

function statedOf(count: Count, window: number | undefined): StatedRate {
  const periodSeconds = count.period?.seconds ?? 1;
  const stated = { count: count.value, periodSeconds, period: count.period?.label ?? 's' };
  return withWindow({ ...stated, windowSeconds: null }, window);
}

/** A window counts only when shorter than the period: a night's work done in 2 hours. */
function withWindow(stated: StatedRate, window: number | undefined): StatedRate {
  const applies = window !== undefined && window < stated.periodSeconds;
  return applies ? { ...stated, windowSeconds: window } : stated;
}

const perSecond = (stated: StatedRate) =>
  stated.count / (stated.windowSeconds ?? stated.periodSeconds);

/**
 * A throughput requirement: the peak (or largest) rate named, per second over its batch window
 * when one is stated, and the figure as the design states it.
 */
export function readThroughput(raw: string): { read: Normalized; stated: StatedRate | null } {
  const cleaned = cleanText(raw);
  if (isNone(cleaned)) return { read: NONE, stated: null };
  const tokens = tokenize(cleaned);
  const doubt = unreadableNumber(cleaned, tokens);
  if (doubt !== undefined) return { read: unreadable(doubt), stated: null };
  const rated = borrowRates(findCounts(tokens)).filter((c) => c.period !== undefined);
  const labeled = rated.filter((count) => count.labeled);
  const pool = labeled.length > 0 ? labeled : rated;
  const window = windowSeconds(tokens);
  let best: StatedRate | null = null;
  for (const count of pool) {
    const stated = statedOf(count, window);
    if (best === null || perSecond(stated) > perSecond(best)) best = stated;
  }
  return best === null
    ? { read: UNPARSEABLE, stated: null }
    : { read: valueOf(perSecond(best)), stated: best };
}

/**
 * The stated rate processed in a batch window the design states elsewhere (a `Batch window`
 * row of `2 hours`): per second over the window when it is shorter than the period.
 */
export function inWindow(
  stated: StatedRate,
  window: number,
): { perSecond: number; stated: StatedRate } {
  const applied = stated.windowSeconds === null ? withWindow(stated, window) : stated;
  return { perSecond: perSecond(applied), stated: applied };
}

/**
 * The seconds a `Batch window` value states (`2 hours`, `55-80 min`: the longest), only with a
 * unit: `by 06:00 UTC` is a deadline, not a length.
 */
export function windowOfText(raw: string): number | undefined {
  const cleaned = cleanText(raw);
  const tokens = tokenize(cleaned);
  if (unreadableNumber(cleaned, tokens) !== undefined) return undefined;
  const seconds = findDurations(tokens).flatMap(({ value, unit }) =>
    unit === null || value <= 0 ? [] : [(value * unit) / 1_000],
  );
  return maxOf(seconds);
}

/** A throughput requirement per second (see `readThroughput`). */
export function parseThroughputPerSecond(raw: string): Normalized {
  return readThroughput(raw).read;
}
