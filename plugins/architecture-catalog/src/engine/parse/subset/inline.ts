import type { PhrasingContent } from 'mdast';
import type { Point } from 'unist';
import { outside, pointIn, type Span } from './source.js';

/** Inline text made of consecutive line pieces, joined by line endings. */
export interface InlineSource {
  text: string;
  pointAt(index: number): Point;
  /**
   * Where a node ending at `index` ends: a node that ends with a line
   * ending ends at the start of the next line, before any indentation.
   */
  endAt(index: number): Point;
}

/** `span`'s content from `from` (a column in the content) to `to`. */
export function inlineSource(
  pieces: readonly { span: Span; from: number; to: number }[],
): InlineSource {
  const starts: number[] = [];
  let text = '';
  for (const piece of pieces) {
    if (starts.length > 0) text += '\n';
    starts.push(text.length);
    text += piece.span.line.text.slice(
      piece.span.indent + piece.from,
      piece.span.indent + piece.to,
    );
  }
  return {
    text,
    pointAt(index) {
      const k = pieceAt(starts, index);
      const piece = pieces[k]!;
      return pointIn(piece.span, piece.from + index - starts[k]!);
    },
    endAt(index) {
      const k = pieceAt(starts, index);
      if (k === 0 || starts[k] !== index) return this.pointAt(index);
      const { line } = pieces[k]!.span;
      return { line: line.number, column: 1, offset: line.start };
    },
  };
}

/** The last piece starting at or before `index` (binary search: paragraphs may be long). */
function pieceAt(starts: readonly number[], index: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= index) low = middle;
    else high = middle - 1;
  }
  return low;
}

type Token =
  | { kind: 'text'; from: number; to: number }
  | { kind: 'code'; from: number; to: number; value: string }
  | Delimiter;

interface Delimiter {
  kind: 'delimiter';
  from: number;
  to: number;
  canOpen: boolean;
  canClose: boolean;
  /** Index of the token this one pairs with, once paired. */
  partner: number;
}

const BACKTICK = 96;
const ASTERISK = 42;
const UNDERSCORE = 95;
const AMPERSAND = 38;
const LESS_THAN = 60;
const TILDE = 126;
/** Characters that start constructs outside the subset: escapes and links. */
const OUTSIDE = new Set([92, 91, 93]);
/** What makes `&` a character reference. */
const REFERENCE = /&(?:#|[A-Za-z0-9]+;)/y;
/** What may make `<` an autolink or HTML. */
const TAG_START = /<(?:[A-Za-z/!?]|[^\s<>]*>)/y;

/**
 * CommonMark inline content limited to text, code spans, and `*` emphasis
 * and strong emphasis whose delimiter runs pair whole.
 */
export function parseInline(source: InlineSource): PhrasingContent[] {
  if (source.text.includes('~')) checkTildes(source.text);
  const tokens = tokenize(source.text);
  pairDelimiters(tokens);
  return build(tokens, 0, tokens.length, source);
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let textFrom = 0;
  let i = 0;
  let runs: BacktickRuns | undefined;
  const flushText = (to: number): void => {
    if (to > textFrom) tokens.push({ kind: 'text', from: textFrom, to });
  };
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === BACKTICK) {
      runs ??= new BacktickRuns(text);
      const span = codeSpan(text, i, runs);
      if (span) {
        flushText(i);
        tokens.push(span);
        i = textFrom = span.to;
      } else i = runEnd(text, i, BACKTICK);
    } else if (code === ASTERISK) {
      const end = runEnd(text, i, ASTERISK);
      if (end - i > 2) outside('a run of three or more asterisks');
      flushText(i);
      tokens.push(delimiter(text, i, end));
      i = textFrom = end;
    } else if (code === UNDERSCORE) {
      if (!isAlphanumeric(text.charCodeAt(i - 1)) || !isAlphanumeric(text.charCodeAt(i + 1))) {
        outside('underscore emphasis');
      }
      i++;
    } else if (OUTSIDE.has(code)) {
      outside(text[i]!);
    } else if (code === AMPERSAND && matchesAt(REFERENCE, text, i)) {
      outside('a character reference');
    } else if (code === LESS_THAN && matchesAt(TAG_START, text, i)) {
      outside('HTML or an autolink');
    } else i++;
  }
  flushText(text.length);
  return tokens;
}

function matchesAt(sticky: RegExp, text: string, index: number): boolean {
  sticky.lastIndex = index;
  return sticky.test(text);
}

/**
 * One run of tildes has nothing to pair with, so it is text; two or more
 * may be strikethrough.
 */
function checkTildes(text: string): void {
  const first = text.indexOf('~');
  const end = runEnd(text, first, TILDE);
  if (text.indexOf('~', end) !== -1) outside('strikethrough');
}

function runEnd(text: string, from: number, code: number): number {
  let end = from;
  while (text.charCodeAt(end) === code) end++;
  return end;
}

/**
 * Backtick runs by length, for finding a code span's closing run without
 * rescanning the text from every opening (which is quadratic).
 */
class BacktickRuns {
  private readonly starts = new Map<number, number[]>();
  private readonly cursors = new Map<number, number>();

  constructor(text: string) {
    for (let at = text.indexOf('`'); at !== -1;) {
      const end = runEnd(text, at, BACKTICK);
      const list = this.starts.get(end - at) ?? [];
      list.push(at);
      this.starts.set(end - at, list);
      at = text.indexOf('`', end);
    }
  }

  /** The first run of exactly `size` backticks starting at or after `from`; queries must not go back. */
  next(size: number, from: number): number | undefined {
    const list = this.starts.get(size);
    if (!list) return undefined;
    let cursor = this.cursors.get(size) ?? 0;
    while (cursor < list.length && list[cursor]! < from) cursor++;
    this.cursors.set(size, cursor);
    return list[cursor];
  }
}

function codeSpan(text: string, from: number, runs: BacktickRuns): Token | undefined {
  const openEnd = runEnd(text, from, BACKTICK);
  const close = runs.next(openEnd - from, openEnd);
  if (close === undefined) return undefined;
  const to = close + openEnd - from;
  return { kind: 'code', from, to, value: codeValue(text.slice(openEnd, close)) };
}

function codeValue(raw: string): string {
  // micromark keeps some line endings in code spans and turns others to spaces.
  if (raw.includes('\n')) outside('a code span over more than one line');
  const value = raw;
  const padded = value.startsWith(' ') && value.endsWith(' ') && /[^ ]/.test(value);
  return padded ? value.slice(1, -1) : value;
}

const enum CharacterGroup {
  Whitespace,
  Punctuation,
  Other,
}

function delimiter(text: string, from: number, to: number): Delimiter {
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
  if (Number.isNaN(code) || code === 32 || code === 10) return CharacterGroup.Whitespace;
  if (code > 127) outside('emphasis next to a non-ASCII character');
  // GFM's strikethrough marker counts as both sides for emphasis.
  if (code === TILDE) outside('emphasis next to a tilde');
  if (isAsciiPunctuation(code)) return CharacterGroup.Punctuation;
  return CharacterGroup.Other;
}

function isAsciiPunctuation(code: number): boolean {
  return (
    (code >= 33 && code <= 47) ||
    (code >= 58 && code <= 64) ||
    (code >= 91 && code <= 96) ||
    (code >= 123 && code <= 126)
  );
}

function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** CommonMark's "process emphasis", for runs that pair whole (equal lengths). */
function pairDelimiters(tokens: Token[]): void {
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

function build(tokens: Token[], from: number, to: number, source: InlineSource): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let textFrom = -1;
  let textTo = -1;
  const flushText = (): void => {
    if (textFrom === -1) return;
    nodes.push({
      type: 'text',
      value: source.text.slice(textFrom, textTo),
      position: { start: source.pointAt(textFrom), end: source.endAt(textTo) },
    });
    textFrom = -1;
  };
  for (let index = from; index < to; index++) {
    const token = tokens[index]!;
    if (token.kind === 'delimiter' && token.partner > index) {
      flushText();
      const closer = tokens[token.partner]!;
      const children = build(tokens, index + 1, token.partner, source);
      const position = { start: source.pointAt(token.from), end: source.pointAt(closer.to) };
      const type = token.to - token.from === 2 ? 'strong' : 'emphasis';
      nodes.push({ type, children, position });
      index = token.partner;
    } else if (token.kind === 'code') {
      flushText();
      const position = { start: source.pointAt(token.from), end: source.pointAt(token.to) };
      nodes.push({ type: 'inlineCode', value: token.value, position });
    } else {
      if (textFrom === -1) textFrom = token.from;
      textTo = token.to;
    }
  }
  flushText();
  return nodes;
}
