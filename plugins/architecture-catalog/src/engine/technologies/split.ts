import type { TechnologyRef } from '../types.js';
import type { TechnologyAlias } from './aliases.js';
import { isFiller, isStopWord } from './filler.js';
import type { Match } from './trie.js';
import type { Token } from './tokens.js';

const SEPARATOR_SYMBOLS = new Set([
  '/',
  '+',
  ',',
  ';',
  ':',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '|',
  '\n',
]);
const OPENERS = new Set(['(', '[']);
const CLOSERS = new Set([')', ']']);
const SEPARATOR_WORDS = new Set(['and', 'with', 'on', 'via', 'or', 'plus', 'vs', 'versus']);
const MAX_NAME_LENGTH = 60;

/** `&` separates only when spaced (`Redis & Kafka`); `W&B` and `R&D` stay whole. */
function isSeparator(token: Token, text: string): boolean {
  if (token.text === '&') {
    return /\s/.test(text.charAt(token.start - 1)) && /\s/.test(text.charAt(token.end));
  }
  return token.word ? SEPARATOR_WORDS.has(token.text) : SEPARATOR_SYMBOLS.has(token.text);
}

export interface Part {
  /** Index of the part's first token in the cell. */
  first: number;
  /** Parentheses or brackets open around the part: 0 at the top level of the cell. */
  depth: number;
  tokens: Token[];
  /** The phrases matched inside the part. */
  matches: Match[];
}

/**
 * The cell cut at its separators. A separator inside a matched phrase (`Pub/Sub`,
 * `Weights & Biases`) does not cut, so every match lies inside one part.
 */
export function cutParts(
  tokens: readonly Token[],
  matches: readonly Match[],
  text: string,
): Part[] {
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const match of matches) covered.fill(true, match.first, match.end);
  const result: Part[] = [];
  let first = 0;
  let m = 0;
  let depth = 0;
  const close = (end: number) => {
    const inside: Match[] = [];
    while (m < matches.length && (matches[m]?.first ?? end) < end)
      inside.push(matches[m++] as Match);
    if (end > first)
      result.push({ first, depth, tokens: tokens.slice(first, end), matches: inside });
  };
  tokens.forEach((token, i) => {
    if (covered[i] || !isSeparator(token, text)) return;
    close(i);
    first = i + 1;
    if (OPENERS.has(token.text)) depth += 1;
    else if (CLOSERS.has(token.text)) depth = Math.max(0, depth - 1);
  });
  close(tokens.length);
  return result;
}

/**
 * The part's text without descriptive words at either end: `in-house Pinot cluster` -> `Pinot`.
 * A capitalised word after the name is part of it (`Unity Catalog`, `Chronon Feature Store`).
 */
function trimmedName(tokens: readonly Token[], text: string): string {
  const kept = (token: Token | undefined) => token?.word === true && !isStopWord(token.text);
  const capitalised = (token: Token | undefined) =>
    token?.word === true && /^\p{Lu}/u.test(text.charAt(token.start));
  let first = 0;
  let last = tokens.length - 1;
  while (first <= last && !kept(tokens[first])) first += 1;
  while (last >= first && !kept(tokens[last])) last -= 1;
  while (first <= last && capitalised(tokens[last + 1])) last += 1;
  const start = tokens[first]?.start;
  const end = tokens[last]?.end;
  if (first > last || start === undefined || end === undefined) return '';
  return text.slice(start, end).replace(/\s+/g, ' ');
}

/** The unknown technology a part without known phrases names, if it names one at all. */
function unknownIn(tokens: readonly Token[], text: string): TechnologyRef | undefined {
  const words = tokens.filter((token) => token.word).map((token) => token.text);
  const name = trimmedName(tokens, text);
  if (isFiller(words, name)) return undefined;
  const plausible = name.length >= 2 && name.length <= MAX_NAME_LENGTH;
  return plausible
    ? { name, category: null, known: false, family: name, qualifiers: [] }
    : undefined;
}

function toRef(technology: TechnologyAlias): TechnologyRef {
  const { name, category } = technology;
  return { name, category, known: true, family: name, qualifiers: [] };
}

/** The part's words as written, for a qualifier: `PHI account`, `Multi-AZ`. */
export function partText(part: Part, text: string): string {
  const words = part.tokens.filter((token) => token.word);
  const start = words[0]?.start;
  const end = words.at(-1)?.end;
  return start === undefined || end === undefined
    ? ''
    : text.slice(start, end).replace(/\s+/g, ' ');
}

/**
 * The part's tokens with those of non-technology phrases (`A/B testing`)
 * blanked out. Marked in one sweep over the matches: asking every match
 * about every token was quadratic on a cell of repeated phrases (`A/B A/B …`).
 */
function withoutPhrases(part: Part): Token[] {
  const inPhrase = new Array<boolean>(part.tokens.length).fill(false);
  for (const match of part.matches)
    inPhrase.fill(true, Math.max(match.first - part.first, 0), match.end - part.first);
  return part.tokens.map((token, i) => (inPhrase[i] ? { ...token, word: false } : token));
}

/**
 * What one part names: its known technologies, else the unknown technology its text names
 * (`Pinot`, `GrowthBook for A/B testing` -> `GrowthBook`), unless it is only description.
 */
export function refsIn(part: Part, text: string): TechnologyRef[] {
  const known = part.matches.flatMap((match) => (match.entry ? [toRef(match.entry)] : []));
  if (known.length > 0) return known;
  const unknown = unknownIn(withoutPhrases(part), text);
  return unknown ? [unknown] : [];
}
