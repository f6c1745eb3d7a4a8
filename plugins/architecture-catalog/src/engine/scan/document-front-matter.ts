import { frontMatterKeyPositions, readFrontMatter } from '../parse/front-matter.js';
import { ignoredFrontMatter } from '../parse/published-front-matter.js';
import type { ScanProblem } from './scan-problem.js';

/**
 * Every document's front matter is checked, not only the design's: the site
 * publishes every document. Front matter that cannot be read is a
 * `parse-error` (a docs plugin would fail the build on it); keys the site
 * does not hand to Docusaurus are `ignored-front-matter`. Never throws.
 */
export function frontMatterProblems(file: string, text: string): ScanProblem[] {
  if (!text.startsWith('---')) return [];
  try {
    const { data, error } = readFrontMatter(text);
    if (error) {
      const reason = `has invalid YAML front matter: ${error.message}`;
      return [{ path: file, reason, line: error.line, column: error.column }];
    }
    return data ? ignoredKeys(file, text, data) : [];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [{ path: file, reason: `has front matter that cannot be read: ${message}` }];
  }
}

function ignoredKeys(file: string, text: string, data: Record<string, unknown>): ScanProblem[] {
  const ignored = ignoredFrontMatter(data);
  if (ignored.length === 0) return [];
  const positions = frontMatterKeyPositions(text);
  return ignored.map(({ key, why }) => ({
    path: file,
    rule: 'ignored-front-matter',
    reason: `front matter \`${key}\` ${why}; the site ignores it`,
    line: positions.get(key)?.line ?? 1,
    column: positions.get(key)?.column ?? 1,
  }));
}
