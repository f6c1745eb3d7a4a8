import type { DesignDocument } from '../parse/design-document.js';
import type { StatusInfo } from '../model/status.js';
import type { ScannedWorkspace, TreeScan } from '../scan/scan-tree.js';
import type { TechnologyIndex } from '../technologies/index.js';
import type { Design, RuleMeta } from '../types.js';

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

export interface TreeFacts {
  scan: TreeScan;
}

export interface WorkspaceFacts {
  workspace: ScannedWorkspace;
  /** Undefined when there is no readable `00_Status.md`. */
  status: StatusInfo | undefined;
  hasStatusFile: boolean;
  hasDesign: boolean;
}

export interface DesignFacts {
  document: DesignDocument;
  design: Design;
  knownPatterns: readonly string[];
  technologies: TechnologyIndex;
}

export type Rule =
  | (RuleMeta & { scope: 'tree'; check(facts: TreeFacts): Report[] })
  | (RuleMeta & { scope: 'workspace'; check(facts: WorkspaceFacts): Report[] })
  | (RuleMeta & { scope: 'design'; check(facts: DesignFacts): Report[] });

export const START = { line: 1, column: 1 } as const;
