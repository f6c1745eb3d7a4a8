import { parseDocument } from 'yaml';
import { readDocument } from './read-document.js';
import type { ScanProblem } from './scan-problem.js';
import type { WalkEntry } from './walk.js';

type Check = (value: unknown) => boolean;

/** What a category file may say: how the folder is labelled and ordered; never a link or a route. */
const ALLOWED: Readonly<Record<string, { check: Check; expected: string }>> = {
  label: { check: (value) => typeof value === 'string', expected: 'text' },
  description: { check: (value) => typeof value === 'string', expected: 'text' },
  position: {
    check: (value) => typeof value === 'number' && Number.isFinite(value),
    expected: 'a number',
  },
  collapsed: { check: (value) => typeof value === 'boolean', expected: 'true or false' },
  collapsible: { check: (value) => typeof value === 'boolean', expected: 'true or false' },
  className: { check: (value) => typeof value === 'string', expected: 'text' },
};

/**
 * A docs plugin reads every `_category_` file under its folder, whatever
 * `exclude` says: one it cannot read fails the build, a `link` makes a page
 * at a route the file chooses (outside the build folder, with `..`), and
 * nested aliases exhaust its memory. So a category file may only label and
 * order its folder; anything else is `invalid-category-file`.
 */
export function categoryFileProblems(file: WalkEntry): ScanProblem[] {
  const read = readDocument(file.absolutePath);
  if (!read.ok) return [problem(file, read.reason)];
  const document = parseDocument(read.text, { prettyErrors: false });
  const [error] = document.errors;
  if (error) return [problem(file, `is not valid YAML or JSON: ${error.message.split('\n')[0]}`)];
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 50 });
  } catch (thrown) {
    return [problem(file, `cannot be read: ${String(thrown).split('\n')[0]}`)];
  }
  if (value === null || value === undefined) return [];
  if (typeof value !== 'object' || Array.isArray(value)) return [problem(file, 'is not a mapping')];
  return Object.entries(value).flatMap(([key, entry]) => {
    const rule = Object.hasOwn(ALLOWED, key) ? ALLOWED[key] : undefined;
    if (rule === undefined)
      return [
        problem(
          file,
          `has \`${key}\`, which the site does not allow: a category file may only set ${Object.keys(ALLOWED).join(', ')}`,
        ),
      ];
    return rule.check(entry) ? [] : [problem(file, `has \`${key}\` that is not ${rule.expected}`)];
  });
}

function problem(file: WalkEntry, reason: string): ScanProblem {
  return { path: file.path, rule: 'invalid-category-file', reason };
}
