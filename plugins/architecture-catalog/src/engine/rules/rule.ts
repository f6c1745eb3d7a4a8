import type { DesignDocument } from '../parse/design-document.js';
import type { StatusInfo } from '../model/status.js';
import type { ScannedWorkspace, TreeScan } from '../scan/scan-tree.js';
import type { ScanProblem } from '../scan/scan-problem.js';
import type { RadarIndex } from '../radar/radar.js';
import type { TechnologyIndex } from '../technologies/index.js';
import type { Design, RuleMeta } from '../types.js';
import type { Report } from './report.js';

export type { Report };

export interface TreeFacts {
  scan: TreeScan;
  /** What the scan found wrong in documents, then what their analysis did, in that order. */
  problems: readonly ScanProblem[];
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
  /** The technology radar's entries (`radar:` in the config). */
  radar: RadarIndex;
}

/** What the rule tables and the rule's page say of it (`scripts/rule-docs.mjs` writes them). */
export interface RuleDocs {
  /** The rule tables' "reports when" cell, in markdown: starts lower-case, no final stop. */
  reportsWhen: string;
  /** Where a report points, in markdown. */
  reportedAt: string;
}

type Described<Id extends string> = RuleMeta<Id> & RuleDocs;

export type Rule<Id extends string = string> =
  | (Described<Id> & { scope: 'tree'; check(facts: TreeFacts): Report[] })
  | (Described<Id> & { scope: 'workspace'; check(facts: WorkspaceFacts): Report[] })
  | (Described<Id> & { scope: 'design'; check(facts: DesignFacts): Report[] });

/** Declares a rule; its id stays a literal type, so `RuleId` is the union of the ids of `RULES`. */
export function defineRule<const Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}

export { START } from './report.js';
