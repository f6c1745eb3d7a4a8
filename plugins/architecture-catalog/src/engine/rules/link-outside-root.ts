import type { Rule } from './rule.js';

export const linkOutsideRoot: Rule = {
  id: 'link-outside-root',
  scope: 'tree',
  defaultSetting: 'error',
  description:
    'A link or image in a workspace document leads outside the catalog root (or names @site/), so the site shows it as text.',
  help: 'Link to files inside the catalog root with a path relative to the document, or to a web page with its full https:// URL.',
  check: ({ scan }) =>
    scan.problems
      .filter((problem) => problem.rule === 'link-outside-root')
      .map((problem) => ({
        file: problem.path,
        line: problem.line ?? 1,
        column: problem.column ?? 1,
        message: `${problem.path}: ${problem.reason}`,
      })),
};
