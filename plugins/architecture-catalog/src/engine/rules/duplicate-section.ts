import { pointOf } from '../parse/tables.js';
import { defineRule } from './rule.js';

export const duplicateSection = defineRule({
  id: 'duplicate-section',
  scope: 'design',
  defaultSetting: 'error',
  description: 'A required section appears more than once.',
  help: 'Merge the two sections into one; the catalog reads only the first.',
  reportsWhen: 'a required section appears twice',
  reportedAt: 'the heading of each repeated occurrence',
  check: ({ document }) =>
    [...document.sections].flatMap(([title, [first, ...repeats]]) =>
      repeats.map((repeat) => ({
        ...pointOf(repeat.heading),
        message: `Section '${title}' appears again; the first is at line ${first?.heading.position?.start.line ?? 1}`,
        section: title,
      })),
    ),
});
