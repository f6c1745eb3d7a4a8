import type { BlockContent, Code, Heading, Paragraph, ThematicBreak } from 'mdast';
import { classify, delimiterCells, looksLikeUnderline, type LineStart } from './classify.js';
import { inlineSource, parseInline } from './inline.js';
import { parseList } from './list.js';
import { contentOf, endOf, outside, pointIn, type Span } from './source.js';
import { parseTable } from './table.js';

interface Parsed<T> {
  node: T;
  /** Index of the first span after the block. */
  next: number;
}

/** The blocks of a container's lines (the document's, or a list item's). */
export function parseBlocks(spans: readonly Span[]): BlockContent[] {
  const blocks: BlockContent[] = [];
  let index = 0;
  while (index < spans.length) {
    const content = contentOf(spans[index]!);
    const start = classify(content);
    if (start === 'blank') {
      index++;
      continue;
    }
    const mayBeTable = start === 'text' || content.startsWith('|');
    const parsed = (mayBeTable && parseTable(spans, index)) || parseBlock(spans, index, start);
    blocks.push(parsed.node);
    index = parsed.next;
  }
  return blocks;
}

function parseBlock(spans: readonly Span[], index: number, start: LineStart): Parsed<BlockContent> {
  switch (start) {
    case 'heading':
      return { node: parseHeading(spans[index]!), next: index + 1 };
    case 'fence':
      return parseFence(spans, index);
    case 'thematic-break':
      return { node: thematicBreak(spans[index]!), next: index + 1 };
    case 'bullet':
    case 'ordered':
      return parseList(spans, index, parseBlocks);
    case 'text':
      return parseParagraph(spans, index);
    default:
      return outside(
        `a line starting with ${JSON.stringify(contentOf(spans[index]!).slice(0, 3))}`,
      );
  }
}

function parseHeading(span: Span): Heading {
  const content = contentOf(span);
  const depth = /^#+/.exec(content)![0].length as Heading['depth'];
  if (content.length > depth && content.endsWith('#')) outside('a heading with a closing sequence');
  let from = depth;
  while (content.charCodeAt(from) === 32) from++;
  const children =
    from < content.length ? parseInline(inlineSource([{ span, from, to: content.length }])) : [];
  return {
    type: 'heading',
    depth,
    children,
    position: { start: pointIn(span, 0), end: endOf(span) },
  };
}

function parseFence(spans: readonly Span[], index: number): Parsed<Code> {
  const opening = contentOf(spans[index]!);
  const fence = /^(`{3,}|~{3,})/.exec(opening)![0];
  const info = opening.slice(fence.length).trim();
  if ((fence[0] === '`' && info.includes('`')) || /[\\&]/.test(info)) {
    outside('a code fence info string with backticks, escapes or entities');
  }
  const mark = `${fence[0] === '`' ? '`' : '~'}{${fence.length},}`;
  const closing = new RegExp(`^${mark}$`);
  const closingWithSpaces = new RegExp(`^ {0,3}${mark} *$`);
  for (let at = index + 1; at < spans.length; at++) {
    const content = contentOf(spans[at]!);
    if (!closing.test(content)) {
      if (closingWithSpaces.test(content)) outside('a closing fence with spaces');
      continue;
    }
    const space = info.indexOf(' ');
    const node: Code = {
      type: 'code',
      lang: info === '' ? null : space === -1 ? info : info.slice(0, space),
      meta: space === -1 ? null : info.slice(space + 1).trim(),
      value: spans
        .slice(index + 1, at)
        .map(contentOf)
        .join('\n'),
      position: { start: pointIn(spans[index]!, 0), end: endOf(spans[at]!) },
    };
    return { node, next: at + 1 };
  }
  return outside('a code fence that is not closed');
}

function thematicBreak(span: Span): ThematicBreak {
  return { type: 'thematicBreak', position: { start: pointIn(span, 0), end: endOf(span) } };
}

function parseParagraph(spans: readonly Span[], index: number): Parsed<Paragraph> {
  let next = index + 1;
  while (next < spans.length && continuesParagraph(spans, next)) next++;
  const pieces = spans
    .slice(index, next)
    .map((span) => ({ span, from: 0, to: contentOf(span).length }));
  const children = parseInline(inlineSource(pieces));
  const position = { start: pointIn(spans[index]!, 0), end: endOf(spans[next - 1]!) };
  return { node: { type: 'paragraph', children, position }, next };
}

/**
 * A list item interrupts the paragraph (so the paragraph ends here), unless another list
 * marker opens on the same line: micromark keeps the interrupt rules for every container opened
 * on that line (`- 2. foo` after a paragraph is an item of text `2. foo`), the subset does not.
 */
function interruptsWithItem(content: string): false {
  const rest = content.replace(/^(?:[-*+]|\d{1,9}[.)]) +/, '');
  if (/^(?:[-*+]|\d{1,9}[.)])(?: |$)/.test(rest)) {
    return outside('a list marker after a list marker, on a line that interrupts a paragraph');
  }
  return false;
}

function continuesParagraph(spans: readonly Span[], index: number): boolean {
  const content = contentOf(spans[index]!);
  switch (classify(content)) {
    case 'blank':
    case 'heading':
    case 'fence':
      return false;
    case 'bullet':
      return interruptsWithItem(content);
    case 'ordered':
      if (/^1[.)]/.test(content)) return interruptsWithItem(content);
      return outside('an ordered item not numbered 1 after a paragraph');
    case 'text': {
      const following = spans[index + 1] && contentOf(spans[index + 1]!);
      const startsTable =
        following !== undefined && content.includes('|') && delimiterCells(following) !== undefined;
      if (looksLikeUnderline(content) || startsTable)
        outside('a setext heading or a table after text');
      return true;
    }
    default:
      return outside('a line that may interrupt a paragraph');
  }
}
