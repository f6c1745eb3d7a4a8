interface Span {
  start: number;
  end: number;
}

export type Token =
  | ({ kind: 'num'; value: number } & Span)
  /** `p99`, `p99.9`: a percentile marker, not a quantity. */
  | ({ kind: 'pct'; value: number } & Span)
  | ({ kind: 'word'; text: string } & Span)
  | ({ kind: 'sym'; text: string } & Span);

// Thousands groups are exactly three digits and do not run on into more digits; dots group
// thousands only two or more times (`1.500.000`), since `1.500` alone could be 1.5.
const TOKEN =
  /p(\d+(?:\.\d+)?)|(\d{1,3}(?:[,_ '’]\d{3})+(?!\d)(?:\.\d+)?)|(?<![\d.])(\d{1,3}(?:\.\d{3}){2,})(?![\d.])|(\d+(?:\.\d+)?(?:e[+-]?\d+)?|\.\d+)|([a-z]+)|(\S)/g;

function numberOf(
  grouped: string | undefined,
  dotted: string | undefined,
  plain: string | undefined,
) {
  if (grouped !== undefined) return Number(grouped.replace(/[,_ '’]/g, ''));
  if (dotted !== undefined) return Number(dotted.replaceAll('.', ''));
  return plain === undefined ? undefined : Number(plain);
}

function toToken(match: RegExpMatchArray): Token {
  const start = match.index ?? 0;
  const span = { start, end: start + match[0].length };
  const [, pct, grouped, dotted, plain, word, sym] = match;
  const num = numberOf(grouped, dotted, plain);
  if (pct !== undefined) return { kind: 'pct', value: Number(pct), ...span };
  if (num !== undefined) return { kind: 'num', value: num, ...span };
  if (word !== undefined) return { kind: 'word', text: word, ...span };
  return { kind: 'sym', text: sym ?? '', ...span };
}

/** Splits cleaned (lower-case) text into numbers, percentiles, words and single symbols. */
export function tokenize(cleaned: string): Token[] {
  return Array.from(cleaned.matchAll(TOKEN), toToken);
}

export function isWord(token: Token | undefined, words: ReadonlySet<string>): boolean {
  return token?.kind === 'word' && words.has(token.text);
}

export function isSym(token: Token | undefined, text: string): boolean {
  return token?.kind === 'sym' && token.text === text;
}

export function wordText(token: Token | undefined): string | undefined {
  return token?.kind === 'word' ? token.text : undefined;
}

export function adjacent(left: Token | undefined, right: Token | undefined): boolean {
  return left !== undefined && right !== undefined && left.end === right.start;
}

const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

/** `99th`: a rank, never a quantity. */
export function isOrdinal(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return adjacent(tokens[index], next) && isWord(next, ORDINAL_SUFFIXES);
}

export function isPercent(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return isSym(next, '%') || wordText(next) === 'percent';
}

/** The words of the text in order, symbols and numbers dropped: for phrase look-ups. */
export function wordsOf(tokens: readonly Token[]): string[] {
  return tokens.flatMap((token) => (token.kind === 'word' ? [token.text] : []));
}

/** The value of the first phrase (a word sequence) found in `words`, scanning left to right. */
export function findPhrase(
  words: readonly string[],
  table: readonly (readonly [readonly string[], number])[],
): number | undefined {
  for (let i = 0; i < words.length; i += 1) {
    const hit = table.find(([phrase]) => phrase.every((word, k) => words[i + k] === word));
    if (hit) return hit[1];
  }
  return undefined;
}

function numberAt(tokens: readonly Token[], index: number): number | undefined {
  const token = tokens[index];
  return token?.kind === 'num' ? token.value : undefined;
}

function isClockJoin(token: Token | undefined): boolean {
  return isSym(token, '/') || wordText(token) === 'x';
}

/** Part of `24/7` or `24x7`, which say when, not how much. */
export function isAroundTheClock(tokens: readonly Token[], index: number): boolean {
  const at = (offset: number) => numberAt(tokens, index + offset);
  const first = at(0) === 24 && isClockJoin(tokens[index + 1]) && at(2) === 7;
  return first || (at(0) === 7 && isClockJoin(tokens[index - 1]) && at(-2) === 24);
}
