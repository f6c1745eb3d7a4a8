import type { Root } from 'mdast';
import { parseBlocks } from './blocks.js';
import { endOf, OutsideSubset, splitLines } from './source.js';

/** Control characters, tabs, CR, lone surrogates and BOMs change columns or meaning: outside the subset. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNSUPPORTED_CHARACTERS = /[\0-\x09\x0b-\x1f\ud800-\udfff\ufeff]/;

/**
 * The mdast micromark would give for `text` (CommonMark + GFM tables and
 * task items), when the text keeps to the markdown designs are written in:
 * headings, paragraphs, lists, tables, fenced code, thematic breaks, code
 * spans, `*` emphasis, and brackets that are not links (`[X ms]`, as in
 * unfilled templates). Anything else (links, HTML, escapes, setext
 * headings, lazy lines, ...) gives `undefined`, and the caller parses with
 * micromark. The parser is checked against micromark node for node.
 */
export function parseMarkdownSubset(text: string): Root | undefined {
  if (UNSUPPORTED_CHARACTERS.test(text)) return undefined;
  // Every link reference definition has `]:`; without one, `[x]` is text.
  if (text.includes(']:')) return undefined;
  const lines = splitLines(text);
  const spans = lines.map((line) => ({ line, indent: 0 }));
  try {
    const children = parseBlocks(spans);
    const end = endOf(spans[spans.length - 1]!);
    return {
      type: 'root',
      children,
      position: { start: { line: 1, column: 1, offset: 0 }, end },
    };
  } catch (error) {
    if (error instanceof OutsideSubset) return undefined;
    throw error;
  }
}
