import { listsIn } from '../model/design.js';
import { sectionOf } from '../parse/design-document.js';
import { pointOf } from '../parse/tables.js';
import { defineRule } from './rule.js';

export const missingConstraints = defineRule({
  id: 'missing-constraints',
  scope: 'design',
  defaultSetting: 'warn',
  description: 'Constraints from DS-01 has no list item.',
  help: 'List each constraint from the viability assessment as a bullet (`- Budget capped at ...`).',
  reportsWhen: 'Constraints from DS-01 has no list item',
  reportedAt: 'the Constraints from DS-01 heading',
  check: ({ document }) => {
    const section = sectionOf(document, 'Constraints from DS-01');
    if (!section || listsIn(section.nodes).some((list) => list.children.length > 0)) return [];
    return [
      {
        ...pointOf(section.heading),
        message: 'Constraints from DS-01 lists no constraint',
        hint: 'write each constraint as a list item',
        section: 'Constraints from DS-01',
      },
    ];
  },
});
