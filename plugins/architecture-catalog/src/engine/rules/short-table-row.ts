import { templateTable } from '../model/design.js';
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
  check: ({ document }) => {
    const reports: Report[] = [];
    for (const spec of REQUIRED_SECTIONS) {
      const table = spec.table ? templateTable(document, spec.title) : undefined;
      if (!table) continue;
      for (const row of table.rows) {
        const written = row.filter((cell) => cell.node !== undefined);
        if (written.length === row.length) continue;
        reports.push({
          ...(written[0]?.point ?? row[0]!.point),
          message: `This row of the ${spec.title} table has ${cells(written.length)}, its header ${cells(row.length)}: the last ${row.length - written.length === 1 ? 'one reads' : `${row.length - written.length} read`} as empty`,
          section: `${spec.title} > ${written[0]?.text ?? ''}`,
        });
      }
    }
    return reports;
  },
});
