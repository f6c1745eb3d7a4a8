/** One problem, as a rule sees it; the engine adds rule id, severity and default file. */
export interface Report {
  /** Relative to the root; defaults to the document (design rules) or workspace folder. */
  file?: string;
  line: number;
  column: number;
  message: string;
  hint?: string;
  section?: string;
}

/** Where a report goes when a document has no better place: its first line and column. */
export const START = { line: 1, column: 1 } as const;

/** What one rule reported. */
export interface RuleReports {
  /** A `RuleId`; kept as a string, since analyses cached on disk carry it. */
  ruleId: string;
  found: Report[];
}
