import type { Point } from 'unist';
import { pointIn, type Span } from './source.js';

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

/** Pieces of lines, each from column `from` to `to` of its span's content. */
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
