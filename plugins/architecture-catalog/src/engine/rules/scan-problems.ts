import type { ScanProblemRule } from '../scan/scan-problem.js';
import type { Report, TreeFacts } from './rule.js';

/**
 * The check of a rule that reports what the scan found in documents: the
 * problems tagged with the rule's id, or the untagged ones (`undefined`), each
 * as its path, `between`, and its reason.
 */
export function scanProblemsOf(
  rule: ScanProblemRule | undefined,
  between = ': ',
): (facts: TreeFacts) => Report[] {
  return ({ problems }) =>
    problems
      .filter((problem) => problem.rule === rule)
      .map((problem) => ({
        file: problem.path,
        line: problem.line ?? 1,
        column: problem.column ?? 1,
        message: `${problem.path}${between}${problem.reason}`,
      }));
}
