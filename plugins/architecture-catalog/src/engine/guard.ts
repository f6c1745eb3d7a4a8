import type { Report } from './rules/rule.js';
import type { ScanProblem } from './scan/scan-tree.js';

/**
 * A document that trips a bug in the engine must not take the catalog down:
 * it becomes a parse-error on that document and the rest goes on.
 */
export function guarded<T>(file: string, problems: ScanProblem[], work: () => T): T | undefined {
  try {
    return work();
  } catch (error) {
    problems.push({
      path: file,
      reason: `could not be analysed (${error instanceof Error ? error.message : String(error)})`,
    });
    return undefined;
  }
}

/** A rule that fails on a document reports that it could not check it, rather than staying silent. */
export function safeCheck(check: () => Report[]): Report[] {
  try {
    return check();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [{ line: 1, column: 1, message: `This rule could not check the document: ${reason}` }];
  }
}
