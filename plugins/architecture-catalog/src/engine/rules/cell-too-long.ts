import { MAX_CELL_CHARS, tablesIn, toTableView, type Cell } from '../parse/tables.js';
import { defineRule, type Report } from './rule.js';

/** `100004` -> `100,004`, the same on every machine. */
const count = (n: number): string => String(n).replace(/\B(?=(?:\d{3})+$)/g, ',');

export const cellTooLong = defineRule({
  id: 'cell-too-long',
  scope: 'design',
  defaultSetting: 'warn',
  description: `A table cell is over ${count(MAX_CELL_CHARS)} characters; only its first ${count(MAX_CELL_CHARS)} are read.`,
  help: 'Keep a cell to a phrase or a sentence; put longer text in the section, under the table.',
  reportsWhen:
    'a table cell of the design is over 2,000 characters (only its first 2,000 are read)',
  reportedAt: "the start of the cell's content",
  check: ({ document }) =>
    tablesIn(document.root.children)
      .map(toTableView)
      .flatMap(({ header, rows }) => [...header, ...rows.flat()])
      .flatMap(overLimit),
});

function overLimit({ point, length }: Cell): Report[] {
  if (length === undefined) return [];
  return [
    {
      ...point,
      message: `A table cell of ${count(length)} characters is over the limit of ${count(MAX_CELL_CHARS)}; only its first ${count(MAX_CELL_CHARS)} are read`,
    },
  ];
}
