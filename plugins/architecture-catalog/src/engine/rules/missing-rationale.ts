import { sectionOf } from '../parse/design-document.js';
import { pointOf } from '../parse/tables.js';
import { patternSectionField } from './pattern-field.js';
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
  check: ({ document }) => {
    const section = sectionOf(document, 'Architecture Pattern Selected');
    if (!section) return [];
    const field = patternSectionField(document, 'Rationale');
    if (field && field.value !== '') return [];
    return [
      {
        ...(field ? field.labelPoint : pointOf(section.heading)),
        message: field
          ? 'The **Rationale:** field is empty'
          : 'No **Rationale:** field in Architecture Pattern Selected',
        section: 'Architecture Pattern Selected > Rationale',
      },
    ];
  },
});
