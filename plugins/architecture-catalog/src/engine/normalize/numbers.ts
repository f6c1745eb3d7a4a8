import type { Token } from './tokens.js';
import { adjacent, isSym } from './tokens.js';

/** Above this no requirement is meant literally, and doubles stop holding every digit. */
const LARGEST_READABLE = 1e15;

export interface NumberRules {
  /** `99.995` is a percentage, never 99,995: a dot before three digits is a decimal point. */
  dotIsDecimal?: boolean;
}

// A comma or apostrophe between digits separates thousands, so exactly three digits follow it.
const LOOSE_GROUP = /\d[,'’](?!\d{3}(?!\d))\d+/;
// `1.500`: 1.5 in one locale, 1,500 in another. A leading zero, `p99.995` or `99.995%` is clear.
const DOT_OR_THOUSANDS = /(?<![\d.p])[1-9]\d{0,2}\.\d{3}(?![\d.]| ?%)/;

function quoted(text: string): string {
  return `\`${text}\``;
}

function fromText(cleaned: string, rules: NumberRules): string | undefined {
  const loose = LOOSE_GROUP.exec(cleaned);
  if (loose) {
    return `${quoted(loose[0])} mixes a separator with digits not in groups of three; write a decimal with a point`;
  }
  const dot = rules.dotIsDecimal ? null : DOT_OR_THOUSANDS.exec(cleaned);
  if (dot) {
    const [whole, decimals] = dot[0].split('.');
    return `${quoted(dot[0])} reads as ${whole}.${decimals} or ${whole}${decimals}; write one without the doubt`;
  }
  return undefined;
}

/** `-5`, `(-5`: a sign glued to the number, not joining it to a word or number (`99-99.9`). */
function isNegative(tokens: readonly Token[], index: number): boolean {
  const sign = tokens[index - 1];
  const before = tokens[index - 2];
  const joins = before !== undefined && before.kind !== 'sym' && adjacent(before, sign);
  return isSym(sign, '-') && adjacent(sign, tokens[index]) && !joins;
}

function isZeroDivisor(tokens: readonly Token[], index: number): boolean {
  const slash = tokens[index - 1];
  const dividend = tokens[index - 2];
  return (
    tokens[index]?.kind === 'num' &&
    isSym(slash, '/') &&
    dividend?.kind === 'num' &&
    adjacent(dividend, slash) &&
    adjacent(slash, tokens[index])
  );
}

function fromTokens(cleaned: string, tokens: readonly Token[]): string | undefined {
  for (const [index, token] of tokens.entries()) {
    if (token.kind !== 'num') continue;
    const text = quoted(cleaned.slice(token.start, token.end));
    if (!Number.isFinite(token.value) || token.value > LARGEST_READABLE) {
      return `${text} is out of range`;
    }
    if (isNegative(tokens, index)) return `${quoted(`-${text.slice(1, -1)}`)} is negative`;
    if (token.value === 0 && isZeroDivisor(tokens, index)) {
      const dividend = tokens[index - 2];
      const start = dividend?.start ?? token.start;
      return `${quoted(cleaned.slice(start, token.end))} divides by zero`;
    }
  }
  return undefined;
}

/**
 * Why a number in the (cleaned, tokenized) text cannot be read without guessing, if it cannot:
 * a locale's separators, a value out of range, a negative value, a division by zero.
 */
export function unreadableNumber(
  cleaned: string,
  tokens: readonly Token[],
  rules: NumberRules = {},
): string | undefined {
  return fromText(cleaned, rules) ?? fromTokens(cleaned, tokens);
}
