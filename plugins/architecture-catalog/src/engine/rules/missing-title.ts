import { pointOf } from '../parse/tables.js';
import { START, defineRule } from './rule.js';

export const missingTitle = defineRule({
  id: 'missing-title',
  scope: 'design',
  defaultSetting: 'error',
  description: 'The document has no heading `Architecture Design: <name>`.',
  help: 'Start the document with `# Architecture Design: <Use Case Name>` (or `##`, as the template does).',
  reportsWhen: 'no heading `Architecture Design: <name>`',
  reportedAt:
    'the first heading of the document (or `1:1` when it has none); for a title that names nothing, the title heading',
  check: ({ document }) => {
    const title = document.outline.title;
    if (!title) {
      const firstHeading = document.root.children.find((node) => node.type === 'heading');
      return [
        {
          ...(firstHeading ? pointOf(firstHeading) : START),
          message: 'No title heading `Architecture Design: <name>`',
          hint: 'add `# Architecture Design: <Use Case Name>` before the first section',
        },
      ];
    }
    if (title.name !== '') return [];
    return [
      {
        ...pointOf(title.heading),
        message: 'The title names no use case: write `Architecture Design: <name>`',
      },
    ];
  },
});
