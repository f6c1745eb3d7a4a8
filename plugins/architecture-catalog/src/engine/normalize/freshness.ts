import { findDurations, MS_PER_UNIT } from './duration.js';
import type { Normalized } from './result.js';
import { maxOf } from './result.js';
import type { Token } from './tokens.js';
import { isSym, wordText } from './tokens.js';
import { readMeasure } from './read-measure.js';

const MINUTE = 60;
const HOUR = 3_600;
const DAY = 86_400;

const KEYWORDS: readonly (readonly [readonly string[], number])[] = [
  [['near', 'real', 'time'], MINUTE],
  [['near', 'realtime'], MINUTE],
  [['nrt'], MINUTE],
  [['sub', 'second'], 1],
  [['subsecond'], 1],
  [['sub', 'minute'], MINUTE],
  [['sub', 'hour'], HOUR],
  [['real', 'time'], 0],
  [['realtime'], 0],
  [['streaming'], 0],
  [['live'], 0],
  [['online'], 0],
  [['instant'], 0],
  [['instantly'], 0],
  [['immediate'], 0],
  [['immediately'], 0],
  [['continuous'], 0],
  [['continuously'], 0],
  [['event', 'driven'], 0],
  [['every', 'minute'], MINUTE],
  [['every', 'hour'], HOUR],
  [['hourly'], HOUR],
  [['twice', 'daily'], DAY / 2],
  [['twice', 'a', 'day'], DAY / 2],
  [['daily'], DAY],
  [['nightly'], DAY],
  [['overnight'], DAY],
  [['every', 'night'], DAY],
  [['each', 'night'], DAY],
  [['every', 'day'], DAY],
  [['once', 'a', 'day'], DAY],
  [['once', 'per', 'day'], DAY],
  [['per', 'day'], DAY],
  [['weekly'], 7 * DAY],
  [['every', 'week'], 7 * DAY],
  [['once', 'a', 'week'], 7 * DAY],
  [['monthly'], 30 * DAY],
  [['every', 'month'], 30 * DAY],
  [['once', 'a', 'month'], 30 * DAY],
  [['quarterly'], 90 * DAY],
  [['yearly'], 365 * DAY],
  [['annually'], 365 * DAY],
];

const SETTLEMENT_WORDS = new Set(['t', 'd']);

/** `T+1` (the next business day) in seconds; `T+2h` is left to the duration reader. */
function settlement(tokens: readonly Token[]): number[] {
  return tokens.flatMap((token, i) => {
    const days = tokens[i + 2];
    const isSettlement = SETTLEMENT_WORDS.has(wordText(token) ?? '') && isSym(tokens[i + 1], '+');
    const hasUnit = MS_PER_UNIT.has(wordText(tokens[i + 3]) ?? '');
    return isSettlement && days?.kind === 'num' && !hasUnit ? [days.value * DAY] : [];
  });
}

function durationsInSeconds(tokens: readonly Token[]): number[] {
  return findDurations(tokens).flatMap(({ value, unit }) =>
    unit === null ? [] : [(value * unit) / 1_000],
  );
}

/** A data-freshness requirement in seconds: the largest staleness stated, or a cadence word. */
export function parseFreshnessSeconds(raw: string): Normalized {
  return readMeasure(
    raw,
    (tokens) => maxOf([...settlement(tokens), ...durationsInSeconds(tokens)]),
    KEYWORDS,
  );
}
