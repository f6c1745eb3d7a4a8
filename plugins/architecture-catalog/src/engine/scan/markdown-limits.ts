/**
 * Shape limits checked before a document is parsed. The markdown parser
 * (micromark) needs time that grows faster than the input for a few shapes:
 * lists and block quotes nested deep, long runs of lazy continuation lines
 * in a list or quote, thousands of emphasis, strikethrough or bracket
 * delimiters in one paragraph (`*a*a*a…`, `~a~a…`, `[[[…`), and thousands
 * of setext headings (`a` underlined with `=`: 8,000 of them took 16 s). A document past
 * a limit is reported and not parsed, so every document is answered in time
 * proportional to its size. Designs come nowhere near these limits. The scan
 * is one pass over the lines, approximate on purpose: it may overcount
 * (never under) the structures it bounds.
 */
export const MARKDOWN_LIMITS = {
  /** Lists and block quotes open at once. */
  nesting: 32,
  /** Consecutive lines lazily continuing a paragraph in a list item or quote. */
  lazyLines: 1000,
  /** `*`, `_`, `~`, `[` and `]` in one paragraph (one row, in a table). */
  delimiters: 2000,
  /** Lines of `=` or `-` under a paragraph line, in the whole document. */
  setextHeadings: 1000,
} as const;

export interface LimitExceeded {
  /** Completes "<file> …": a sentence a person can act on. */
  reason: string;
  /** 1-based. */
  line: number;
}

interface Block {
  /** A list or quote line started this run of lines: unmarked lines may be lazy. */
  inContainer: boolean;
  lazyLines: number;
  delimiters: number;
  lines: number;
  table: boolean;
}

interface State {
  /** Content column of each open list item. */
  items: number[];
  /** The open code fence (its marker run), if any. */
  fence: string | undefined;
  block: Block | undefined;
  setextHeadings: number;
}

/** The first limit the document exceeds, or undefined. */
export function exceededLimit(text: string): LimitExceeded | undefined {
  const state: State = { items: [], fence: undefined, block: undefined, setextHeadings: 0 };
  const lines = text.split(/\r\n|\r|\n/);
  for (let index = 0; index < lines.length; index++) {
    const reason = scanLine(state, lines[index]!);
    if (reason !== undefined) return { reason, line: index + 1 };
  }
  return undefined;
}

function scanLine(state: State, line: string): string | undefined {
  if (state.fence !== undefined) {
    if (closesFence(line, state.fence)) state.fence = undefined;
    return undefined;
  }
  if (/^[ \t]*$/.test(line)) {
    state.block = undefined;
    return undefined;
  }
  const prefix = readPrefix(line);
  const continuing = state.block !== undefined && prefix.markers.length === 0;
  if (!continuing) popItems(state.items, prefix.indent);
  for (const marker of prefix.markers) state.items.push(marker);
  const depth = state.items.length + prefix.quotes;
  if (depth > MARKDOWN_LIMITS.nesting) {
    return `nests lists or block quotes ${depth} deep, over the limit of ${MARKDOWN_LIMITS.nesting}; not parsed`;
  }
  // Only a top-level fence hides what follows: in a list or quote, a line that
  // does not continue the container ends the fence, so its lines are counted.
  const fence = depth === 0 && prefix.indent <= 3 ? openingFence(prefix.rest) : undefined;
  if (fence !== undefined) {
    state.fence = fence;
    state.block = undefined;
    return undefined;
  }
  return scanBlockLine(state, prefix);
}

function scanBlockLine(state: State, prefix: Prefix): string | undefined {
  const block = (state.block ??= {
    inContainer: false,
    lazyLines: 0,
    delimiters: 0,
    lines: 0,
    table: false,
  });
  block.lines += 1;
  // A delimiter row without a pipe (`---`) underlines a setext heading instead.
  if (block.lines === 2 && isTableDelimiterRow(prefix.rest) && prefix.rest.includes('|'))
    block.table = true;
  if (
    block.lines > 1 &&
    !block.table &&
    prefix.indent <= 3 &&
    /^(?:=+|-+)[ \t]*$/.test(prefix.rest)
  )
    state.setextHeadings += 1;
  if (state.setextHeadings > MARKDOWN_LIMITS.setextHeadings) {
    return `has more than ${MARKDOWN_LIMITS.setextHeadings} setext headings (lines underlined with = or -); not parsed`;
  }
  const marked = prefix.quotes > 0 || prefix.markers.length > 0;
  if (marked) block.inContainer = true;
  const lazy = !marked && block.inContainer && prefix.indent < (state.items.at(-1) ?? 1);
  block.lazyLines = lazy ? block.lazyLines + 1 : 0;
  if (block.lazyLines > MARKDOWN_LIMITS.lazyLines) {
    return `continues a list item or quote lazily for more than ${MARKDOWN_LIMITS.lazyLines} lines; not parsed`;
  }
  const delimiters = countDelimiters(prefix.rest);
  block.delimiters = block.table ? delimiters : block.delimiters + delimiters;
  if (block.delimiters > MARKDOWN_LIMITS.delimiters) {
    return `has more than ${MARKDOWN_LIMITS.delimiters} emphasis or bracket delimiters (*, _, ~, [, ]) in one paragraph; not parsed`;
  }
  return undefined;
}

function popItems(items: number[], indent: number): void {
  while (items.length > 0 && indent < items.at(-1)!) items.pop();
}

interface Prefix {
  /** Column of the first character that is not a space or tab. */
  indent: number;
  quotes: number;
  /** Content column of each list marker the line opens. */
  markers: number[];
  rest: string;
}

const LIST_MARKER = /(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/y;

/** The block quote markers and list markers a line starts with. */
function readPrefix(line: string): Prefix {
  const prefix: Prefix = { indent: -1, quotes: 0, markers: [], rest: '' };
  let index = 0;
  let column = 0;
  for (;;) {
    while (line[index] === ' ' || line[index] === '\t') {
      column += line[index] === '\t' ? 4 - (column % 4) : 1;
      index += 1;
    }
    if (prefix.indent < 0) prefix.indent = column;
    if (line[index] === '>') {
      prefix.quotes += 1;
      index += 1;
      column += 1;
      continue;
    }
    LIST_MARKER.lastIndex = index;
    const marker = LIST_MARKER.exec(line);
    if (!marker) break;
    index += marker[0].length;
    column += marker[0].length;
    prefix.markers.push(column + 1);
  }
  prefix.rest = line.slice(index);
  return prefix;
}

/** The marker run of a code fence opening, if the text opens one (a backtick fence's info has no backtick). */
function openingFence(text: string): string | undefined {
  const run = /^(`{3,}|~{3,})(.*)$/.exec(text);
  if (!run || (run[1]![0] === '`' && run[2]!.includes('`'))) return undefined;
  return run[1];
}

function closesFence(line: string, fence: string): boolean {
  const run = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
  return run !== null && run[1]![0] === fence[0] && run[1]!.length >= fence.length;
}

function isTableDelimiterRow(text: string): boolean {
  return (
    /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/.test(text) && text.includes('-')
  );
}

function countDelimiters(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // * _ ~ [ ]
    if (code === 42 || code === 95 || code === 126 || code === 91 || code === 93) count += 1;
  }
  return count;
}
