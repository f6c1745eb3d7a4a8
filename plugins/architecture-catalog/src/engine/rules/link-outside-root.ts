import type { Rule } from './rule.js';
import { scanProblemsOf } from './scan-problems.js';

export const linkOutsideRoot: Rule = {
  id: 'link-outside-root',
  scope: 'tree',
  defaultSetting: 'error',
  description:
    'A link or image in a workspace document leads outside the catalog root (or names @site/), so the site shows it as text.',
  help: 'Link to files inside the catalog root with a path relative to the document, or to a web page with its full https:// URL.',
  check: scanProblemsOf('link-outside-root'),
};
