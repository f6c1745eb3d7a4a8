/**
 * The technology matrix as CSV (RFC 4180), for the matrix page's download
 * button. Pure: no DOM.
 */

import type { MatrixData } from './types.js';

const NEEDS_QUOTES = /[",\r\n]/;
/** Leading characters a spreadsheet reads as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: a leading formula character gets a `'` so a spreadsheet
 * shows the text instead of evaluating it; fields with `,` `"` CR or LF are
 * quoted, with `"` doubled.
 */
export function csvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, without its line break. */
export function csvRecord(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

/**
 * The matrix restricted to `visibleColumns` (indices into `data.columns`, in
 * the order given): a header `Component` then the use case ids, then one
 * record per component category, each cell's technologies joined with `; `
 * (empty where the use case names nothing). Records end with CRLF.
 */
export function matrixToCsv(data: MatrixData, visibleColumns: number[]): string {
  const columns = visibleColumns.filter((index) => data.columns[index] !== undefined);
  const records: string[][] = [
    ['Component', ...columns.map((index) => data.columns[index]?.id ?? '')],
  ];
  data.rows.forEach((category, row) => {
    records.push([
      category,
      ...columns.map((index) => data.cells[row]?.[index]?.technologies.join('; ') ?? ''),
    ]);
  });
  return records.map((record) => `${csvRecord(record)}\r\n`).join('');
}

/** The indexes of the matrix columns a pattern filter shows (all without one). */
export function visibleColumns(columns: MatrixData['columns'], pattern: string): number[] {
  return columns.flatMap((column, index) =>
    !pattern || column.patterns.includes(pattern) ? [index] : [],
  );
}
