import { defineRule } from './rule.js';
import { scanProblemsOf } from './scan-problems.js';

export const linkOutsideRoot = defineRule({
  id: 'link-outside-root',
  scope: 'tree',
  defaultSetting: 'error',
  description:
    'A link or image in a workspace document leads outside the catalog root (or names `@site/`), so the site shows it as text.',
  help: 'Link to files inside the catalog root with a path relative to the document, or to a web page with its full https:// URL.',
  reportsWhen:
    'a link or image in a workspace document leads outside the root or names `@site/` (the site shows it as text)',
  reportedAt: 'the link, image or link definition, at its `[` or `!`',
  check: scanProblemsOf('link-outside-root'),
});
