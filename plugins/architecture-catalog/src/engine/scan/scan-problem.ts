/** What the scan (or the analysis of a document) found wrong with a document or folder. */

/** The rules, besides `parse-error`, that report what the scan finds in a document. */
export const SCAN_PROBLEM_RULES = [
  'link-outside-root',
  'link-to-active-file',
  'ignored-front-matter',
  'invalid-category-file',
] as const;
export type ScanProblemRule = (typeof SCAN_PROBLEM_RULES)[number];

export interface ScanProblem {
  /** Relative to the root. */
  path: string;
  reason: string;
  /** The rule that reports it, when not `parse-error`; the document itself is still read. */
  rule?: ScanProblemRule;
  line?: number;
  column?: number;
}
