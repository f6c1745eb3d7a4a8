import { isBlank } from './source.js';

/** What a line's content starts, as far as the subset parser cares. */
export type LineStart =
  'blank' | 'heading' | 'fence' | 'thematic-break' | 'bullet' | 'ordered' | 'text' | 'outside';

const THEMATIC_LIKE = /^(?:(?:\* *){3,}|(?:- *){3,}|(?:_ *){3,})$/;
const THEMATIC = /^(?:-{3,}|\*{3,}|_{3,})$/;
const BULLET = /^[-*+] /;
const ORDERED = /^\d{1,9}[.)] /;
const EMPTY_ITEM = /^(?:[-*+]|\d{1,9}[.)])$/;

export function classify(content: string): LineStart {
  if (isBlank(content)) return 'blank';
  // Indented lines, and trailing spaces (hard breaks, stripping) are outside the subset.
  if (content.charCodeAt(0) === 32 || content.charCodeAt(content.length - 1) === 32) {
    return 'outside';
  }
  if (EMPTY_ITEM.test(content)) return 'outside';
  switch (content[0]) {
    case '#':
      return /^#{1,6}(?: |$)/.test(content) ? 'heading' : 'outside';
    case '`':
      return content.startsWith('```') ? 'fence' : 'text';
    case '~':
      return content.startsWith('~~~') ? 'fence' : 'text';
    case '<':
      return /^<[A-Za-z/!?]/.test(content) ? 'outside' : 'text';
    case '-':
    case '*':
    case '_':
    case '+':
      if (THEMATIC_LIKE.test(content)) return THEMATIC.test(content) ? 'thematic-break' : 'outside';
      if (BULLET.test(content)) return 'bullet';
      return content[0] === '_' || content[0] === '+' ? 'outside' : 'text';
    case '>':
    case '=':
    case '|':
    case '\\':
      return 'outside';
  }
  return ORDERED.test(content) ? 'ordered' : 'text';
}

const DELIMITER_CELL = /^ *:?-+:? *$/;

/** A GFM table's delimiter row (`|---|:-:|`), with at least one pipe. */
export function delimiterCells(content: string): string[] | undefined {
  if (!content.includes('|') || !/^[-:| ]+$/.test(content)) return undefined;
  const cells = trimPipes(content).split('|');
  return cells.every((cell) => DELIMITER_CELL.test(cell)) ? cells : undefined;
}

function trimPipes(content: string): string {
  const from = content.startsWith('|') ? 1 : 0;
  const to = content.endsWith('|') && content.length > from ? content.length - 1 : content.length;
  return content.slice(from, to);
}

/** A line that could underline a setext heading or be a delimiter row. */
export function looksLikeUnderline(content: string): boolean {
  return /^[-=:| ]+$/.test(content) && /[-=]/.test(content);
}
