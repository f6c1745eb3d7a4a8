import type { PhrasingContent } from 'mdast';
import {
  AMPERSAND,
  ASTERISK,
  BACKTICK,
  isAlphanumeric,
  LESS_THAN,
  runEnd,
  TILDE,
  UNDERSCORE,
} from './characters.js';
import { BacktickRuns, codeSpan } from './code-spans.js';
import { delimiter, pairDelimiters } from './emphasis.js';
import type { InlineSource } from './inline-source.js';
import { outside } from './source.js';
import type { Token } from './tokens.js';

export { inlineSource, type InlineSource } from './inline-source.js';

const BACKSLASH = 92;
const RIGHT_BRACKET = 93;
const LEFT_PARENTHESIS = 40;
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
    } else if (code === BACKSLASH) {
      outside('an escape');
    } else if (code === RIGHT_BRACKET && text.charCodeAt(i + 1) === LEFT_PARENTHESIS) {
      outside('an inline link');
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
