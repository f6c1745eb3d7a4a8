import { missingFieldReports } from './pattern-field.js';
import { defineRule } from './rule.js';

export const missingRationale = defineRule({
  id: 'missing-rationale',
  scope: 'design',
  defaultSetting: 'error',
  description: 'Architecture Pattern Selected has no non-empty `**Rationale:**`.',
  help: 'Write `**Rationale:**` followed by why this pattern fits the requirements and constraints.',
  reportsWhen: 'no non-empty `**Rationale:**`',
  reportedAt:
    'the Architecture Pattern Selected heading when there is no field; the `**Rationale:**` label when the field is empty',
  check: ({ document }) => missingFieldReports(document, 'Rationale'),
});
