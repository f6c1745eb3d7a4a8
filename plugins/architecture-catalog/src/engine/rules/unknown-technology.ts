import { cellRowsOf } from '../model/design.js';
import { defineRule, type Report } from './rule.js';

export const unknownTechnology = defineRule({
  id: 'unknown-technology',
  scope: 'design',
  defaultSetting: 'warn',
  description:
    'A Technology Choices cell names a technology the table does not know that is one typo from one it knows.',
  help: 'Fix the spelling; if it is a technology of its own, add it under `technologies:` in architecture-catalog.config.yaml.',
  reportsWhen:
    'a Technology cell names an unknown technology one typo from a known one (`Kafak`: did you mean Kafka?)',
  reportedAt: 'the Technology cell',
  check: ({ document, design, technologies }) => {
    const reports: Report[] = [];
    // The model's choices are these rows, in this order: their names are read once, there.
    const rows = cellRowsOf(document, 'Technology Choices');
    design.technologies.forEach((choice, i) => {
      const [component, cell] = rows[i] ?? [];
      if (cell === undefined) return;
      for (const ref of choice.technologies) {
        const suggestion = ref.known ? undefined : technologies.suggest(ref.name);
        if (suggestion === undefined) continue;
        reports.push({
          ...cell.point,
          message: `Unknown technology '${ref.name}'`,
          hint: `did you mean '${suggestion}'? If '${ref.name}' is a technology of its own, add it under technologies: in the config`,
          section: `Technology Choices > ${component?.text ?? ''}`,
        });
      }
    });
    return reports;
  },
});
