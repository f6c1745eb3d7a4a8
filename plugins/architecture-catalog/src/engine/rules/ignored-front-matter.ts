import { defineRule } from './rule.js';
import { scanProblemsOf } from './scan-problems.js';

export const ignoredFrontMatter = defineRule({
  id: 'ignored-front-matter',
  scope: 'tree',
  defaultSetting: 'warn',
  description:
    "A workspace document's front matter sets its URL, sidebar, neighbours or edit link, or gives a title of the wrong type: the site ignores it.",
  help: 'Remove the key: the catalog publishes each document at the URL of its path. Keep title, sidebar_label and description as text.',
  reportsWhen:
    "a workspace document's front matter sets its URL, sidebar, neighbours or edit link, or a title of the wrong type (the site ignores it)",
  reportedAt: 'the key in the front matter',
  check: scanProblemsOf('ignored-front-matter'),
});
