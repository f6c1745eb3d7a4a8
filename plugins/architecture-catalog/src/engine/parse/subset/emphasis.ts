import { isAsciiPunctuation, LINE_FEED, SPACE, TILDE } from './characters.js';
import { outside } from './source.js';
import type { Delimiter, Token } from './tokens.js';

const enum CharacterGroup {
  Whitespace,
  Punctuation,
  Other,
}

/** A run of one or two asterisks, and whether it can open or close emphasis. */
export function delimiter(text: string, from: number, to: number): Delimiter {
  const before = group(text.charCodeAt(from - 1));
  const after = group(text.charCodeAt(to));
  const canOpen =
    after === CharacterGroup.Other ||
    (after === CharacterGroup.Punctuation && before !== CharacterGroup.Other);
  const canClose =
    before === CharacterGroup.Other ||
    (before === CharacterGroup.Punctuation && after !== CharacterGroup.Other);
  return { kind: 'delimiter', from, to, canOpen, canClose, partner: -1 };
}

/** NaN (before the start or past the end) reads as whitespace, as in CommonMark. */
function group(code: number): CharacterGroup {
  if (Number.isNaN(code) || code === SPACE || code === LINE_FEED) return CharacterGroup.Whitespace;
  if (code > 127) outside('emphasis next to a non-ASCII character');
  // GFM's strikethrough marker counts as both sides for emphasis.
  if (code === TILDE) outside('emphasis next to a tilde');
  if (isAsciiPunctuation(code)) return CharacterGroup.Punctuation;
  return CharacterGroup.Other;
}

/** CommonMark's "process emphasis", for runs that pair whole (equal lengths). */
export function pairDelimiters(tokens: Token[]): void {
  const openers: number[] = [];
  tokens.forEach((token, index) => {
    if (token.kind !== 'delimiter') return;
    if (token.canClose) {
      const found = findOpener(tokens, openers, token);
      if (found !== -1) {
        const opener = tokens[openers[found]!] as Delimiter;
        if (opener.to - opener.from !== token.to - token.from) {
          outside('emphasis runs of different lengths');
        }
        opener.partner = index;
        token.partner = openers[found]!;
        openers.length = found;
        return;
      }
    }
    if (token.canOpen) openers.push(index);
  });
}

function findOpener(tokens: Token[], openers: number[], closer: Delimiter): number {
  const closerSize = closer.to - closer.from;
  for (let k = openers.length - 1; k >= 0; k--) {
    const opener = tokens[openers[k]!] as Delimiter;
    const size = opener.to - opener.from;
    const eitherBoth = (opener.canOpen && opener.canClose) || (closer.canOpen && closer.canClose);
    const ruleOfThree =
      eitherBoth && (size + closerSize) % 3 === 0 && !(size % 3 === 0 && closerSize % 3 === 0);
    if (!ruleOfThree) return k;
  }
  return -1;
}
