import type { Token } from './tokens.js';
import { isOrdinal, isPercent, isSym, wordText } from './tokens.js';

function unitTable(rows: readonly (readonly [readonly string[], number])[]): Map<string, number> {
  return new Map(rows.flatMap(([names, ms]) => names.map((name) => [name, ms] as const)));
}

export const MS_PER_UNIT: ReadonlyMap<string, number> = unitTable([
  [['ns', 'nanosecond', 'nanoseconds'], 1e-6],
  [['us', 'usec', 'usecs', 'microsecond', 'microseconds'], 1e-3],
  [['ms', 'msec', 'msecs', 'millis', 'millisecond', 'milliseconds'], 1],
  [['s', 'sec', 'secs', 'second', 'seconds'], 1_000],
  [['m', 'min', 'mins', 'minute', 'minutes'], 60_000],
  [['h', 'hr', 'hrs', 'hour', 'hours'], 3_600_000],
  [['d', 'day', 'days'], 86_400_000],
  [['w', 'wk', 'wks', 'week', 'weeks'], 604_800_000],
  [['mo', 'month', 'months'], 2_592_000_000],
]);

export interface Duration {
  /** Index of the number token. */
  index: number;
  value: number;
  /** Milliseconds per unit; null when the number has no unit of its own. */
  unit: number | null;
}

const RANGE_WORDS = new Set(['to', 'and']);

/** `50-100 ms`, `50 to 100ms`, `between 50 and 100 ms`: the first number takes the second's unit. */
function isRange(tokens: readonly Token[], left: Duration, right: Duration): boolean {
  if (right.index - left.index !== 2) return false;
  const between = tokens[left.index + 1];
  return isSym(between, '-') || RANGE_WORDS.has(wordText(between) ?? '');
}

function inheritRangeUnits(tokens: readonly Token[], found: Duration[]): Duration[] {
  for (let i = found.length - 2; i >= 0; i -= 1) {
    const left = found[i];
    const right = found[i + 1];
    if (left && right && left.unit === null && isRange(tokens, left, right)) {
      found[i] = { ...left, unit: right.unit };
    }
  }
  return found;
}

/** Every number in the text that could be a duration, with its unit when it has one. */
export function findDurations(tokens: readonly Token[]): Duration[] {
  const found: Duration[] = [];
  tokens.forEach((token, index) => {
    if (token.kind !== 'num' || isOrdinal(tokens, index) || isPercent(tokens, index)) return;
    // `2 h`, `2h`, and `2-hour` as in `a 2-hour window`.
    const unitAt =
      isSym(tokens[index + 1], '-') && tokens[index + 2]?.kind === 'word' ? index + 2 : index + 1;
    const unit = MS_PER_UNIT.get(wordText(tokens[unitAt]) ?? '') ?? null;
    found.push({ index, value: token.value, unit });
  });
  return inheritRangeUnits(tokens, found);
}
