/**
 * The catalog model: what the engine produces and every consumer (CLI
 * formatters, the Docusaurus plugin, the site) reads. Its JSON form is a
 * public contract (`schemaVersion: 1`): add keys, never rename or remove.
 */

export const PHASES = [
  'Handoff',
  'Architecture',
  'Implementation',
  'Deployment',
  'Operations',
  'Maintenance',
] as const;
export type Phase = (typeof PHASES)[number];

export type Severity = 'error' | 'warning';
export type RuleSetting = 'off' | 'warn' | 'error';

export interface Diagnostic {
  /** The id of the rule that reports it (one of `RULE_IDS`). */
  ruleId: string;
  severity: Severity;
  /** Relative to the root, `/`-separated: the document, or the workspace folder when the document is missing. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  message: string;
  hint?: string;
  /**
   * Where in the document the problem lives, as a stable path such as
   * `Requirements Summary > Latency`. Used for fingerprints that survive
   * unrelated edits; absent for problems that concern a whole file.
   */
  section?: string;
}

export type DocumentKind =
  | 'architecture-design'
  | 'technology-selection'
  | 'component-specification'
  | 'status'
  | 'handoff'
  | 'other';

export interface DocumentRef {
  /** Relative to the root, `/`-separated. */
  path: string;
  kind: DocumentKind;
}

export interface RequirementRow {
  name: string;
  raw: string;
  source: string;
}

export interface Requirements {
  latencyMs: number | null;
  /** Per second; over the batch window when the design states one (2.4M a night in 2 h: 333/s). */
  throughputPerSecond: number | null;
  /** The throughput as the design states it: count, period and window. */
  throughputStated: StatedRate | null;
  /** A fraction: 99.95% is 0.9995. */
  availability: number | null;
  freshnessSeconds: number | null;
  rows: RequirementRow[];
}

/** A throughput as a design states it: `2.4M predictions per night in a 2 h window`. */
export interface StatedRate {
  count: number;
  periodSeconds: number;
  /** `s`, `min`, `h`, `day`, `night`, `week`, `month`, or an interval: `2 s`. */
  period: string;
  /** The batch window the count is processed in, when stated and shorter than the period. */
  windowSeconds: number | null;
}

export interface TechnologyRef {
  /** Canonical name from the alias table, or the cleaned text when unknown. */
  name: string;
  category: string | null;
  known: boolean;
  /** The product family it belongs to (SageMaker for SageMaker Endpoints); its own name if none. */
  family: string;
  /** What the cell says of it in parentheses that names no technology: `int8` in `TF Lite (int8)`. */
  qualifiers: string[];
}

export interface TechnologyChoice {
  component: string;
  raw: string;
  rationale: string;
  technologies: TechnologyRef[];
}

export interface IntegrationPoint {
  system: string;
  type: string;
  notes: string;
}

export interface Risk {
  risk: string;
  mitigation: string;
}

export interface Alternative {
  alternative: string;
  pros: string;
  cons: string;
  whyNotSelected: string;
  /** Canonical names of the technologies the alternative names. */
  technologies: string[];
}

export interface Design {
  /** Relative to the root. */
  file: string;
  /** The name after `Architecture Design:`; empty when the title is missing. */
  title: string;
  patterns: string[];
  rationale: string;
  requirements: Requirements;
  constraints: string[];
  /** Component Design subsection name (as in the template) to its text. */
  components: Record<string, string>;
  technologies: TechnologyChoice[];
  integrations: IntegrationPoint[];
  risks: Risk[];
  alternatives: Alternative[];
  frontMatter?: Record<string, unknown>;
}

export interface UseCase {
  id: string;
  name: string;
  dir: string;
  phase: Phase | null;
  status: string | null;
  lastUpdated?: string | null;
  /** Who runs the use case's architecture work, as its status file says. */
  operator?: string | null;
  /** When the use case was handed over, as its status file says. */
  handoffDate?: string | null;
  /** What happens next, as its status file says. */
  nextAction?: string | null;
  documents: DocumentRef[];
  design: Design | null;
  errors: number;
  warnings: number;
}

export interface Summary {
  useCases: number;
  documents: number;
  errors: number;
  warnings: number;
}

export interface CatalogModel {
  schemaVersion: 1;
  root: string;
  useCases: UseCase[];
  diagnostics: Diagnostic[];
  summary: Summary;
}

/** What a reporter needs to know about a rule (SARIF rule metadata, docs). */
export interface RuleMeta<Id extends string = string> {
  id: Id;
  defaultSetting: RuleSetting;
  /** One sentence: what the rule checks. */
  description: string;
  /** How to fix a report of this rule, in markdown. */
  help: string;
}
