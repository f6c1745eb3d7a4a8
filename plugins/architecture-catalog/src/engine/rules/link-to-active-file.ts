import type { Rule } from './rule.js';
import { scanProblemsOf } from './scan-problems.js';

export const linkToActiveFile: Rule = {
  id: 'link-to-active-file',
  scope: 'tree',
  defaultSetting: 'error',
  description:
    'A link or image in a workspace document leads to a file a browser may run (.svg, .html, .js, ...), so the site shows it as text.',
  help: 'Publish the file as PNG, JPEG, GIF, WebP, AVIF, PDF, CSV or text, or link to where it is hosted with its https:// URL.',
  check: scanProblemsOf('link-to-active-file'),
};
