import type { Nodes, RootContent, Table, TableCell } from 'mdast';
import { nameKey } from './names.js';
import type { Point } from './positions.js';
import { plainText } from './text.js';

/** A design's cells hold a phrase or a sentence; past this a cell is read no further. */
export const MAX_CELL_CHARS = 2_000;

export interface Cell {
  /** The cell's plain text, its first MAX_CELL_CHARS characters when longer. */
  text: string;
  /** The whole cell's length in characters, when it is over MAX_CELL_CHARS. */
  length?: number;
  point: Point;
  node: TableCell | undefined;
}

export interface TableView {
  node: Table;
  point: Point;
  header: Cell[];
  /** Body rows; short rows are padded with empty cells placed at the row's end. */
  rows: Cell[][];
}

export function pointOf(node: Nodes | undefined, fallback: Point = { line: 1, column: 1 }): Point {
  const start = node?.position?.start;
  return start ? { line: start.line, column: start.column } : fallback;
}

export function toTableView(table: Table): TableView {
  const [headerRow, ...bodyRows] = table.children;
  const header = (headerRow?.children ?? []).map(toCell);
  const rows = bodyRows.map((row) => {
    const cells = row.children.map(toCell);
    const rowEnd = row.position?.end;
    while (cells.length < header.length) {
      cells.push({
        text: '',
        node: undefined,
        point: rowEnd ? { line: rowEnd.line, column: rowEnd.column } : pointOf(row),
      });
    }
    return cells;
  });
  return { node: table, point: pointOf(table), header, rows };
}

/** A cell's point is its content, or just after its opening pipe when it is empty. */
function toCell(cell: TableCell): Cell {
  const start = pointOf(cell);
  const point = cell.children[0]
    ? pointOf(cell.children[0])
    : { line: start.line, column: start.column + 1 };
  const text = plainText(cell);
  if (text.length <= MAX_CELL_CHARS) return { text, point, node: cell };
  // Never split a surrogate pair: the kept text stays well-formed.
  const cut = /[\uD800-\uDBFF]/.test(text.charAt(MAX_CELL_CHARS - 1))
    ? MAX_CELL_CHARS - 1
    : MAX_CELL_CHARS;
  return { text: text.slice(0, cut), length: text.length, point, node: cell };
}

/** Every table among the nodes, in document order (tables sit at block level or in lists and quotes). */
export function tablesIn(nodes: readonly RootContent[]): Table[] {
  const found: Table[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'table') {
      found.push(node);
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  for (const node of nodes) visit(node);
  return found;
}

/** Index of each wanted column in the header, matched by name key; -1 where absent. */
export function columnIndexes(view: TableView, columns: readonly string[]): number[] {
  const keys = view.header.map((cell) => nameKey(cell.text));
  return columns.map((column) => keys.indexOf(nameKey(column)));
}

/** The table whose header matches most of the wanted columns (the first on a tie). */
export function bestTable(
  nodes: readonly RootContent[],
  columns: readonly string[],
): TableView | undefined {
  let best: { view: TableView; score: number } | undefined;
  for (const table of tablesIn(nodes)) {
    const view = toTableView(table);
    const score = columnIndexes(view, columns).filter((index) => index !== -1).length;
    if (!best || score > best.score) best = { view, score };
  }
  return best?.view;
}
