import { cleanText, isNone } from './clean.js';
import { unreadableNumber } from './numbers.js';
import type { Normalized } from './result.js';
import { NONE, UNPARSEABLE, unreadable, valueOf } from './result.js';
import type { Token } from './tokens.js';
import { isAroundTheClock, isPercent, tokenize, wordText } from './tokens.js';

const COUNT_WORDS = new Map([
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
]);

const exact = (fraction: number) => Number(fraction.toFixed(10));

function countAt(token: Token | undefined): number | undefined {
  if (token?.kind === 'num') return token.value;
  return COUNT_WORDS.get(wordText(token) ?? '');
}

/** `three nines` is 0.999, `three and a half nines` / `3.5 nines` is 0.9995. */
function fromNines(tokens: readonly Token[]): number | undefined {
  const at = tokens.findIndex((token) => wordText(token) === 'nines');
  if (at < 0) return undefined;
  const half = ['and', 'a', 'half'].every((word, k) => wordText(tokens[at - 3 + k]) === word);
  const count = countAt(tokens[half ? at - 4 : at - 1]);
  if (count === undefined || count <= 0 || count > 9) return undefined;
  const whole = Math.floor(count);
  const missing = half || count !== whole ? 5 * 10 ** -(whole + 1) : 10 ** -whole;
  return exact(1 - missing);
}

/** The first percentage, else the first plain number (`0.999`, `99.9`). */
function fromNumbers(tokens: readonly Token[]): number | undefined {
  const numbers = tokens.flatMap((token, index) =>
    token.kind === 'num' && !isAroundTheClock(tokens, index) ? [index] : [],
  );
  const index = numbers.find((i) => isPercent(tokens, i)) ?? numbers[0];
  const token = index === undefined ? undefined : tokens[index];
  if (index === undefined || token?.kind !== 'num') return undefined;
  const percent = isPercent(tokens, index) || token.value > 1;
  if (token.value > 100) return undefined;
  return exact(percent ? token.value / 100 : token.value);
}

/** An availability requirement as a fraction: `99.95%` is 0.9995. */
export function parseAvailability(raw: string): Normalized {
  // `99,95 %`: a decimal comma, which the tokenizer would read as two numbers.
  const cleaned = cleanText(raw).replace(/(\d),(\d{1,2}) ?%/g, '$1.$2%');
  if (isNone(cleaned)) return NONE;
  const tokens = tokenize(cleaned);
  const doubt = unreadableNumber(cleaned, tokens, { dotIsDecimal: true });
  if (doubt !== undefined) return unreadable(doubt);
  const value = fromNines(tokens) ?? fromNumbers(tokens);
  return value === undefined ? UNPARSEABLE : valueOf(value);
}
