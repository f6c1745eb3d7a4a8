import type { AlignType, Table, TableCell, TableRow } from 'mdast';
import { classify, delimiterCells } from './classify.js';
import { parseInline, inlineSource } from './inline.js';
import { contentOf, endOf, isBlank, outside, pointIn, type Span } from './source.js';

/** A GFM table starting at `spans[index]`, whose next line is a delimiter row. */
export function parseTable(
  spans: readonly Span[],
  index: number,
): { node: Table; next: number } | undefined {
  const delimiter = spans[index + 1] && delimiterCells(contentOf(spans[index + 1]!));
  if (!delimiter) return undefined;
  // `- |` opens a list item before it can be a delimiter row (micromark reads a list).
  if (/^- /.test(contentOf(spans[index + 1]!))) outside('a delimiter row that starts a list item');
  const header = parseRow(spans[index]!);
  if (header.children.every((cell) => cell.children.length === 0)) {
    outside('a table header without text');
  }
  if (header.children.length !== delimiter.length)
    outside('a table whose header and delimiter differ');
  const rows = [header];
  let next = index + 2;
  while (next < spans.length && !isBlank(contentOf(spans[next]!))) {
    rows.push(parseRow(spans[next]!));
    next++;
  }
  const node: Table = {
    type: 'table',
    align: delimiter.map(alignment),
    children: rows,
    // The delimiter row ends a table without body rows.
    position: { start: header.position!.start, end: endOf(spans[next - 1]!) },
  };
  return { node, next };
}

function alignment(cell: string): AlignType {
  const trimmed = cell.trim();
  const left = trimmed.startsWith(':');
  const right = trimmed.endsWith(':');
  if (left && right) return 'center';
  if (left) return 'left';
  return right ? 'right' : null;
}

function parseRow(span: Span): TableRow {
  const content = contentOf(span);
  const startsRow = content[0] === '|' || classify(content) === 'text';
  if (!startsRow || !content.includes('|')) outside('a table row that may start another block');
  if (content.includes('\\') || content.endsWith(' '))
    outside('a table row with escapes or trailing spaces');
  const pipes: number[] = [];
  for (let i = content.indexOf('|'); i !== -1; i = content.indexOf('|', i + 1)) pipes.push(i);
  const leading = pipes[0] === 0;
  const trailing = pipes[pipes.length - 1] === content.length - 1 && content.length > 1;
  const starts = leading ? pipes : [0, ...pipes];
  if (trailing) starts.pop();
  const cells = starts.map((from, k) => {
    const last = k === starts.length - 1;
    const to = last ? content.length : starts[k + 1]!;
    return parseCell(span, from, to, leading || k > 0, last && trailing);
  });
  return {
    type: 'tableRow',
    children: cells,
    position: { start: pointIn(span, 0), end: endOf(span) },
  };
}

function parseCell(
  span: Span,
  from: number,
  to: number,
  pipeBefore: boolean,
  pipeAfter: boolean,
): TableCell {
  const content = contentOf(span);
  let textFrom = pipeBefore ? from + 1 : from;
  let textTo = pipeAfter ? to - 1 : to;
  while (textFrom < textTo && content.charCodeAt(textFrom) === 32) textFrom++;
  while (textTo > textFrom && content.charCodeAt(textTo - 1) === 32) textTo--;
  const children =
    textTo > textFrom ? parseInline(inlineSource([{ span, from: textFrom, to: textTo }])) : [];
  return {
    type: 'tableCell',
    children,
    position: { start: pointIn(span, from), end: pointIn(span, to) },
  };
}
