import { closestName } from '../parse/names.js';
import { pointOf } from '../parse/tables.js';
import { columnIndexes } from '../parse/tables.js';
import { sectionOf } from '../parse/design-document.js';
import { templateTable } from '../model/design.js';
import { REQUIRED_SECTIONS } from '../template/sections.js';
import { hasContent } from './empty-section.js';
import { defineRule, type Report } from './rule.js';

export const tableColumns = defineRule({
  id: 'table-columns',
  scope: 'design',
  defaultSetting: 'error',
  description:
    'A required table is missing from its section, has no rows, or lacks one of the template columns.',
  help: REQUIRED_SECTIONS.filter((spec) => spec.table)
    .map((spec) => `${spec.title}: ${spec.table?.columns.join(' | ')}`)
    .join('; '),
  reportsWhen: 'a required table is missing, has no rows, or lacks a template column',
  reportedAt:
    'a missing table: the section heading; a table without rows or a missing column: the first line of the table (its header row)',
  check: ({ document }) => {
    const reports: Report[] = [];
    for (const spec of REQUIRED_SECTIONS) {
      const section = sectionOf(document, spec.title);
      if (!spec.table || !section) continue;
      const table = templateTable(document, spec.title);
      const columns = spec.table.columns;
      // A section with nothing in it at all is empty-section's: one report for one defect.
      if (!table && !hasContent(section.nodes)) continue;
      if (!table) {
        reports.push({
          ...pointOf(section.heading),
          message: `Section '${spec.title}' has no table`,
          hint: `add a table with the columns ${columns.join(' | ')}`,
          section: spec.title,
        });
        continue;
      }
      if (table.rows.every((row) => row.every((cell) => cell.text === ''))) {
        reports.push({
          ...table.point,
          message: `The ${spec.title} table has no rows`,
          hint: 'fill in a row under the header, one per item',
          section: spec.title,
        });
      }
      const indexes = columnIndexes(table, columns);
      const extraHeaders = table.header
        .filter((_, i) => !indexes.includes(i))
        .map((cell) => cell.text);
      const missingCount = indexes.filter((index) => index === -1).length;
      columns.forEach((column, i) => {
        if (indexes[i] !== -1) return;
        // One column missing and one unknown header: that header is surely the column, renamed.
        const lookalike =
          extraHeaders.find((header) => closestName(header, [column]) !== undefined) ??
          (missingCount === 1 && extraHeaders.length === 1 ? extraHeaders[0] : undefined);
        reports.push({
          ...table.point,
          message: `The ${spec.title} table lacks the column '${column}'`,
          section: spec.title,
          ...(lookalike !== undefined && {
            hint: `did you mean '${column}' instead of '${lookalike}'?`,
          }),
        });
      });
    }
    return reports;
  },
});
