import type { Rule } from './rule.js';
import { scanProblemsOf } from './scan-problems.js';

export const invalidCategoryFile: Rule = {
  id: 'invalid-category-file',
  scope: 'tree',
  defaultSetting: 'error',
  description:
    'A sidebar category file (_category_.json or .yml) in a workspace is unreadable, or sets a link, a route or anything besides a label, description, position and collapsing.',
  help: 'Keep label, description, position, collapsed, collapsible and className in the file, or remove it: the catalog sets the routes.',
  check: scanProblemsOf('invalid-category-file'),
};
