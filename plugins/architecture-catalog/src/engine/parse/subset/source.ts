import type { Point } from 'unist';

/**
 * Thrown when a document uses markdown outside the subset this parser
 * reproduces exactly; the caller then parses it with micromark.
 */
export class OutsideSubset extends Error {}

export function outside(construct: string): never {
  throw new OutsideSubset(construct);
}

export interface Line {
  /** 1-based. */
  number: number;
  /** Offset of the line's first character in the document. */
  start: number;
  /** The line without its line ending. */
  text: string;
}

/**
 * A line as a container (a list item) sees it: its first `indent`
 * characters belong to the container.
 */
export interface Span {
  line: Line;
  indent: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let number = 1; ; number++) {
    const end = text.indexOf('\n', start);
    if (end === -1) {
      lines.push({ number, start, text: text.slice(start) });
      return lines;
    }
    lines.push({ number, start, text: text.slice(start, end) });
    start = end + 1;
  }
}

export function contentOf(span: Span): string {
  return span.line.text.slice(span.indent);
}

/** The point `column` characters into a span's content. */
export function pointIn(span: Span, column: number): Point {
  const at = span.indent + column;
  return { line: span.line.number, column: at + 1, offset: span.line.start + at };
}

export function endOf(span: Span): Point {
  return pointIn(span, Math.max(0, span.line.text.length - span.indent));
}

export function isBlank(content: string): boolean {
  for (let i = 0; i < content.length; i++) if (content.charCodeAt(i) !== 32) return false;
  return true;
}

export function leadingSpaces(content: string): number {
  let count = 0;
  while (content.charCodeAt(count) === 32) count++;
  return count;
}
