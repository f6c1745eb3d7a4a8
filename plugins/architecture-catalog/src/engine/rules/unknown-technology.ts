import { defineRule } from './rule.js';
import { chosenTechnologies } from './technology-cells.js';

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
  check: ({ document, design, technologies }) =>
    chosenTechnologies(document, design).flatMap(({ ref, at }) => {
      const suggestion = ref.known ? undefined : technologies.suggest(ref.name);
      if (suggestion === undefined) return [];
      return [
        {
          ...at,
          message: `Unknown technology '${ref.name}'`,
          hint: `did you mean '${suggestion}'? If '${ref.name}' is a technology of its own, add it under technologies: in the config`,
        },
      ];
    }),
});
