export interface Token {
  /** Lower-cased word, or the symbol itself. */
  text: string;
  start: number;
  end: number;
  word: boolean;
}

/** Symbols that aliases may contain: `Pub/Sub`, `W&B`. */
const ALIAS_SYMBOLS = new Set(['/', '&', '+']);

// Letters and digits make words; `-`, `_`, `.`, spaces and other punctuation only separate them.
const TOKEN = /[\p{L}\p{N}]+|[/&+,;:()[\]{}|\n]/gu;

export function tokenize(text: string): Token[] {
  return Array.from(text.matchAll(TOKEN), (match) => {
    const start = match.index ?? 0;
    const word = match[0].length > 1 || /[\p{L}\p{N}]/u.test(match[0]);
    return { text: match[0].toLowerCase(), start, end: start + match[0].length, word };
  });
}

/** The tokens an alias is matched on: words and the symbols aliases may contain. */
export function keyTokens(text: string): string[] {
  return tokenize(text)
    .filter((token) => token.word || ALIAS_SYMBOLS.has(token.text))
    .map((token) => token.text);
}

/** Case, spacing and punctuation folded away: `Apache-Kafka` and `apache kafka` share a key. */
export function keyOf(text: string): string {
  return keyTokens(text).join(' ');
}
