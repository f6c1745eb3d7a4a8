import { templateTable } from '../model/design.js';
import type { Cell } from '../parse/tables.js';
import { REQUIRED_SECTIONS } from '../template/sections.js';
import { defineRule, type Report } from './rule.js';

const cells = (n: number): string => `${n} cell${n === 1 ? '' : 's'}`;

export const shortTableRow = defineRule({
  id: 'short-table-row',
  scope: 'design',
  defaultSetting: 'warn',
  description:
    'A row of a required table has fewer cells than its header; the missing ones read as empty.',
  help: 'Give the row a cell for every column, with `|` between them; write `-` or `N/A` in a cell that has nothing to say.',
  reportsWhen:
    'a row of a required table has fewer cells than its header (the missing ones read as empty)',
  reportedAt: "the row's first cell",
  check: ({ document }) =>
    REQUIRED_SECTIONS.flatMap(({ title, table }) => {
      const view = table ? templateTable(document, title) : undefined;
      return view ? view.rows.flatMap((row) => shortRow(title, row)) : [];
    }),
});

/** The report of a row with fewer cells written than its header has, if it is one. */
function shortRow(title: string, row: readonly Cell[]): Report[] {
  const written = row.filter((cell) => cell.node !== undefined);
  if (written.length === row.length) return [];
  const missing = row.length - written.length;
  return [
    {
      ...(written[0]?.point ?? row[0]!.point),
      message: `This row of the ${title} table has ${cells(written.length)}, its header ${cells(row.length)}: the last ${missing === 1 ? 'one reads' : `${missing} read`} as empty`,
      section: `${title} > ${written[0]?.text ?? ''}`,
    },
  ];
}
