import type { BlockContent, List, ListItem } from 'mdast';
import type { Point } from 'unist';
import { classify } from './classify.js';
import { contentOf, isBlank, leadingSpaces, outside, pointIn, type Span } from './source.js';

interface Marker {
  /** `-`, `*` or `+` for bullets, `.` or `)` for ordered items. */
  kind: string;
  start: number | null;
  /** Columns from the marker to the item's content. */
  width: number;
}

const MARKER = /^(?:([-*+])|(\d{1,9})([.)]))( +)/;

function markerOf(content: string): Marker | undefined {
  const match = MARKER.exec(content);
  if (!match) return undefined;
  const spaces = match[4]!.length;
  if (spaces > 4) outside('a list item starting with indented code');
  const ordered = match[2] !== undefined;
  return {
    kind: ordered ? match[3]! : match[1]!,
    start: ordered ? Number(match[2]) : null,
    width: match[0].length,
  };
}

type ParseBlocks = (spans: readonly Span[]) => BlockContent[];

/** A list starting at `spans[index]`, whose line is a list item. */
export function parseList(
  spans: readonly Span[],
  index: number,
  parseBlocks: ParseBlocks,
): { node: List; next: number } {
  const first = markerOf(contentOf(spans[index]!))!;
  const items: ListItem[] = [];
  let blankBetweenItems = false;
  let at = index;
  let marker = first;
  for (;;) {
    const last = lastLineOf(spans, at, marker.width);
    items.push(parseItem(spans.slice(at, last + 1), marker.width, parseBlocks));
    let next = last + 1;
    while (next < spans.length && isBlank(contentOf(spans[next]!))) next++;
    const following = spans[next] && contentOf(spans[next]!);
    const nextMarker =
      following === undefined || isBreak(following) ? undefined : markerOf(following);
    if (nextMarker?.kind !== first.kind) {
      return { node: list(first, items, blankBetweenItems), next: last + 1 };
    }
    if (next > last + 1) blankBetweenItems = true;
    at = next;
    marker = nextMarker;
  }
}

function isBreak(content: string): boolean {
  const start = classify(content);
  return start === 'thematic-break' || start === 'outside';
}

/** The last non-blank line of the item starting at `spans[index]`. */
function lastLineOf(spans: readonly Span[], index: number, width: number): number {
  let last = index;
  for (let at = index + 1; at < spans.length; at++) {
    const content = contentOf(spans[at]!);
    if (isBlank(content)) continue;
    if (leadingSpaces(content) >= width) {
      last = at;
      continue;
    }
    const afterBlank = at > last + 1;
    const nextItem = leadingSpaces(content) === 0 && markerOf(content) !== undefined;
    // Without a blank line, anything but the next item would be a lazy continuation.
    if (!afterBlank && !nextItem) outside('a lazy continuation line');
    return last;
  }
  return last;
}

function parseItem(spans: readonly Span[], width: number, parseBlocks: ParseBlocks): ListItem {
  const first = spans[0];
  const inner = spans.map((span) => ({ line: span.line, indent: span.indent + width }));
  const firstContent = contentOf(inner[0]!);
  const task = /^\[([ xX])\] (?! )/.exec(firstContent);
  if (!task && /^\[[ xX]\](?: |$)/.test(firstContent)) {
    outside('a task check alone or followed by more spaces');
  }
  if (task) inner[0] = { line: first!.line, indent: inner[0]!.indent + 4 };
  const children = parseBlocks(inner);
  if (task) startTaskParagraph(children, pointIn(first!, width));
  const end = children[children.length - 1]!.position!.end;
  return {
    type: 'listItem',
    spread: hasGap(children),
    checked: task ? task[1] !== ' ' : null,
    children,
    position: { start: pointIn(first!, 0), end },
  };
}

/**
 * GFM moves a task item's paragraph past its check only when the paragraph
 * starts with text; otherwise the paragraph starts at the check.
 */
function startTaskParagraph(children: BlockContent[], check: Point): void {
  const paragraph = children[0];
  if (paragraph?.type !== 'paragraph') return outside('a task item without a paragraph');
  if (paragraph.children[0]?.type !== 'text') paragraph.position!.start = check;
}

/** A blank line between two of an item's blocks makes the item spread (loose). */
function hasGap(children: readonly BlockContent[]): boolean {
  return children.some(
    (child, k) => k > 0 && child.position!.start.line > children[k - 1]!.position!.end.line + 1,
  );
}

function list(first: Marker, items: ListItem[], blankBetweenItems: boolean): List {
  return {
    type: 'list',
    ordered: first.start !== null,
    start: first.start,
    // As micromark has it: only blank lines between items make the list spread.
    spread: blankBetweenItems,
    children: items,
    position: { start: items[0]!.position!.start, end: items[items.length - 1]!.position!.end },
  };
}
