import { defineRule } from './rule.js';
import { scanProblemsOf } from './scan-problems.js';

export const invalidCategoryFile = defineRule({
  id: 'invalid-category-file',
  scope: 'tree',
  defaultSetting: 'error',
  description:
    'A sidebar category file (`_category_.json` or `.yml`) in a workspace is unreadable, or sets a link, a route or anything besides a label, description, position and collapsing.',
  help: 'Keep label, description, position, collapsed, collapsible and className in the file, or remove it: the catalog sets the routes.',
  reportsWhen:
    'a `_category_.json`/`.yml` under the root is unreadable, uses over 50 YAML aliases, or sets a link, a route or more than a label and an order (the site does not build over it)',
  reportedAt: 'the file, at `1:1`',
  check: scanProblemsOf('invalid-category-file'),
});
