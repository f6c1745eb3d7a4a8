import { BACKTICK, runEnd } from './characters.js';
import { outside } from './source.js';
import type { CodeToken } from './tokens.js';

/**
 * Backtick runs by length, for finding a code span's closing run without
 * rescanning the text from every opening (which is quadratic).
 */
export class BacktickRuns {
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

/** The code span opening at `from`, if its run of backticks is closed. */
export function codeSpan(text: string, from: number, runs: BacktickRuns): CodeToken | undefined {
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
