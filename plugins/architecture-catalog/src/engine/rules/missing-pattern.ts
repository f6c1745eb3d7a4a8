import { missingFieldReports } from './pattern-field.js';
import { defineRule } from './rule.js';

export const missingPattern = defineRule({
  id: 'missing-pattern',
  scope: 'design',
  defaultSetting: 'error',
  description: 'Architecture Pattern Selected has no `**Pattern:**` field.',
  help: 'Write `**Pattern:** <name>` in Architecture Pattern Selected, e.g. `**Pattern:** Real-Time Serving`; join a hybrid with `+`.',
  reportsWhen: 'no `**Pattern:**` field in Architecture Pattern Selected',
  reportedAt:
    'the Architecture Pattern Selected heading when there is no field; the `**Pattern:**` label when the field is empty',
  check: ({ document }) => missingFieldReports(document, 'Pattern'),
});
