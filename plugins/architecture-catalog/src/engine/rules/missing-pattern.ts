import { sectionOf } from '../parse/design-document.js';
import { pointOf } from '../parse/tables.js';
import { patternSectionField } from './pattern-field.js';
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
  check: ({ document }) => {
    const section = sectionOf(document, 'Architecture Pattern Selected');
    if (!section) return [];
    const field = patternSectionField(document, 'Pattern');
    if (field && field.value !== '') return [];
    return [
      {
        ...(field ? field.labelPoint : pointOf(section.heading)),
        message: field
          ? 'The **Pattern:** field is empty'
          : 'No **Pattern:** field in Architecture Pattern Selected',
        section: 'Architecture Pattern Selected > Pattern',
      },
    ];
  },
});
