import { requirementRows } from './requirement-rows.js';
import type { Rule } from './rule.js';

export const missingSource: Rule = {
  id: 'missing-source',
  scope: 'design',
  defaultSetting: 'warn',
  description: 'A Requirements Summary row has an empty Source.',
  help: 'Name where the requirement comes from: a handoff document (POC Plan, GoNoGo Memo), an SLA, a stakeholder.',
  check: ({ document }) =>
    requirementRows(document)
      .filter((row) => row.source !== undefined && row.source.text === '')
      .map((row) => ({
        ...row.source!.point,
        message: `The requirement '${row.name.text}' has no Source`,
        section: `Requirements Summary > ${row.name.text}`,
      })),
};
