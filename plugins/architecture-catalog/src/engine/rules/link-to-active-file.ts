import { defineRule } from './rule.js';
import { scanProblemsOf } from './scan-problems.js';

export const linkToActiveFile = defineRule({
  id: 'link-to-active-file',
  scope: 'tree',
  defaultSetting: 'error',
  description:
    'A link or image in a workspace document leads to a file a browser may run (.svg, .html, .js, ...), so the site shows it as text.',
  help: 'Publish the file as PNG, JPEG, GIF, WebP, AVIF, PDF, CSV or text, or link to where it is hosted with its https:// URL.',
  reportsWhen:
    'a link or image in a workspace document leads to a file a browser may run: anything but PNG, JPEG, GIF, WebP, AVIF, PDF, CSV or text (the site shows it as text)',
  reportedAt: 'the link, image or link definition, at its `[` or `!`',
  check: scanProblemsOf('link-to-active-file'),
});
