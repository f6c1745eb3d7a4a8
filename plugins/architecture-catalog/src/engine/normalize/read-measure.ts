import { cleanText, isNone } from './clean.js';
import { unreadableNumber } from './numbers.js';
import { NONE, tidy, UNPARSEABLE, unreadable, valueOf, type Normalized } from './result.js';
import { findPhrase, tokenize, wordsOf, type Token } from './tokens.js';

/** Phrases that stand for a value (`real-time`, `sub second`), with the value they stand for. */
export type Keywords = readonly (readonly [readonly string[], number])[];

/**
 * A duration-like requirement: `none` for N/A, a reason for a number that
 * would need a guess, else what `read` finds in the tokens, else the value of
 * a keyword, else unreadable.
 */
export function readMeasure(
  raw: string,
  read: (tokens: readonly Token[]) => number | undefined,
  keywords: Keywords,
): Normalized {
  const cleaned = cleanText(raw);
  if (isNone(cleaned)) return NONE;
  const tokens = tokenize(cleaned);
  const doubt = unreadableNumber(cleaned, tokens);
  if (doubt !== undefined) return unreadable(doubt);
  const value = read(tokens);
  if (value !== undefined) return valueOf(tidy(value));
  const keyword = findPhrase(wordsOf(tokens), keywords);
  return keyword === undefined ? UNPARSEABLE : valueOf(keyword);
}
