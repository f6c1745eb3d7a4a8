import { templateTable } from '../model/design.js';
import { REQUIRED_REQUIREMENTS } from '../template/sections.js';
import { requirementRows } from './requirement-rows.js';
import { defineRule } from './rule.js';

export const missingRequirement = defineRule({
  id: 'missing-requirement',
  scope: 'design',
  defaultSetting: 'error',
  description:
    'The Requirements Summary lacks a Latency, Throughput, Availability or Data freshness row.',
  help: 'Add the row; write `N/A` with a reason in Source when a requirement does not apply (e.g. latency of a nightly batch).',
  reportsWhen:
    'the Requirements Summary lacks a Latency, Throughput, Availability or Data freshness row',
  reportedAt: 'the last line of the Requirements Summary table, where the row would go',
  check: ({ document }) => {
    const table = templateTable(document, 'Requirements Summary');
    if (!table) return [];
    const kinds = new Set(requirementRows(document).map((row) => row.kind));
    const end = table.node.position?.end;
    const anchor = end ? { line: end.line, column: 1 } : table.point;
    return REQUIRED_REQUIREMENTS.filter((required) => !kinds.has(required.kind)).map(
      (required) => ({
        ...anchor,
        message: `The Requirements Summary has no '${required.label}' row`,
        hint: `add the row \`| ${required.label} | ${required.example} | <source> |\`, or \`N/A\` as its value when it does not apply`,
        section: `Requirements Summary > ${required.label}`,
      }),
    );
  },
});
