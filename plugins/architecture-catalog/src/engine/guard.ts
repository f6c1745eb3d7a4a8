import type { Report } from './rules/report.js';
import type { ScanProblem } from './scan/scan-problem.js';

/** What a piece of work gave, or the problem it met. */
export type Guarded<T> =
  { value: T; problem?: undefined } | { value?: undefined; problem: ScanProblem };

/**
 * A document that trips a bug in the engine must not take the catalog down:
 * it becomes a parse-error on that document and the rest goes on.
 */
export function guarded<T>(file: string, work: () => T): Guarded<T> {
  try {
    return { value: work() };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { problem: { path: file, reason: `could not be analysed (${reason})` } };
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
