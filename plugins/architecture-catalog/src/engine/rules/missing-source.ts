import { requirementRows } from './requirement-rows.js';
import { defineRule } from './rule.js';

export const missingSource = defineRule({
  id: 'missing-source',
  scope: 'design',
  defaultSetting: 'warn',
  description: 'A Requirements Summary row has an empty Source.',
  help: 'Name where the requirement comes from: a handoff document (POC Plan, GoNoGo Memo), an SLA, a stakeholder.',
  reportsWhen: 'a requirement row has an empty Source',
  reportedAt: 'the empty Source cell',
  check: ({ document }) =>
    requirementRows(document)
      .filter((row) => row.source !== undefined && row.source.text === '')
      .map((row) => ({
        ...row.source!.point,
        message: `The requirement '${row.name.text}' has no Source`,
        section: `Requirements Summary > ${row.name.text}`,
      })),
});
