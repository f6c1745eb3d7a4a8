/**
 * What each catalog page receives as props. Built at build time from the
 * CatalogModel by the pure functions of this folder; theme components only
 * render these. Every string here is document text: render it as text
 * (React escapes it), never as HTML; the one exception is the `html` of a
 * document's segments, sanitized when it was rendered (`render/`).
 */

import type { RadarRing } from '../engine/radar/radar.js';
import type { Diagnostic, Phase } from '../engine/types.js';
import type { Segment } from '../render/segments.js';
import type { LastUpdateView } from './last-update.js';
import type { TocEntry } from './use-case-toc.js';

export type { LastUpdateView } from './last-update.js';
export type { TocEntry } from './use-case-toc.js';

/** A number with its human form: `80 ms`, `3.5k/s`, `99.99%`, `real-time`; `—` when unknown. */
export interface Measure {
  value: number | null;
  display: string;
}

export type RequirementKey = 'latency' | 'throughput' | 'availability' | 'freshness';

/** For each requirement, which way is stricter. */
export const STRICTER: Record<RequirementKey, 'lower' | 'higher'> = {
  latency: 'lower',
  throughput: 'higher',
  availability: 'higher',
  freshness: 'lower',
};

/** The four requirements, in the order every page shows them. */
export const REQUIREMENT_KEYS: readonly RequirementKey[] = [
  'latency',
  'throughput',
  'availability',
  'freshness',
];

export const REQUIREMENT_LABELS: Record<RequirementKey, string> = {
  latency: 'Latency',
  throughput: 'Throughput',
  availability: 'Availability',
  freshness: 'Data freshness',
};

export type RequirementMeasures = Record<RequirementKey, Measure>;

export type ValidationState = 'valid' | 'warnings' | 'errors' | 'no-design';

export interface Named {
  name: string;
  /** Full path of the catalog page, base URL included. */
  url: string;
}

export interface UseCaseRef {
  id: string;
  name: string;
  url: string;
}

/** One row of the index. */
export interface UseCaseSummary extends UseCaseRef {
  phase: Phase | null;
  status: string | null;
  patterns: Named[];
  requirements: RequirementMeasures;
  /** Canonical technology names, sorted. */
  technologies: string[];
  validation: ValidationState;
  errors: number;
  warnings: number;
  /** What its choices say against the radar: a technology on hold, one the radar does not place. */
  radar: RadarFlag[];
}

export type RadarFlag = 'hold' | 'off-radar';

export interface CatalogLinks {
  index: string;
  radar: string;
  /** The timeline of decisions; null when the site does not show history. */
  timeline: string | null;
  patterns: string;
  technologies: string;
  matrix: string;
  compare: string;
  validation: string;
  catalogJson: string;
}

export interface Count {
  name: string;
  url: string;
  count: number;
}

export interface IndexPageData {
  links: CatalogLinks;
  useCases: UseCaseSummary[];
  facets: {
    patterns: string[];
    technologies: string[];
    phases: string[];
    validation: ValidationState[];
    /** The radar filters, when the catalog has a radar. */
    radar: RadarFlag[];
    /** Other names of each pattern and technology above (aliases, family), for search and URLs. */
    synonyms: Record<string, string[]>;
  };
  charts: {
    patternMix: Count[];
    /** The most used technologies, most used first (at most 15). */
    topTechnologies: Count[];
  };
  summary: { useCases: number; documents: number; errors: number; warnings: number };
}

/** A diagnostic as the pages show it: without its section path, with its document's page. */
export interface DiagnosticView extends Pick<
  Diagnostic,
  'ruleId' | 'severity' | 'file' | 'line' | 'column' | 'message'
> {
  hint: string | null;
  /** The diagnostic's line on its use case's page, when the file is a document. */
  documentUrl: string | null;
}

/** Diagnostics as a table shows them (`diagnosticList`). */
export interface DiagnosticList {
  /** Errors first; within a severity by file, line, column and rule. */
  items: DiagnosticView[];
  errors: number;
  warnings: number;
  /** The workspace folder the table may drop from paths, when some lie inside it. */
  baseDir: string | null;
}

export interface DocumentLink {
  /** Relative to the workspace folder, e.g. `02_Architecture/Architecture_Design.md`. */
  path: string;
  kind: string;
  url: string | null;
}

/** A document of a workspace, as its use case's page shows it. */
export interface WorkspaceDocumentView {
  /** The id of its part of the page. */
  anchor: string;
  /** Relative to the workspace folder. */
  path: string;
  kindLabel: string | null;
  /** Where "edit this document" leads (the plugin's `editUrl`), or null. */
  editUrl: string | null;
  /** Its last commit, when the site shows it and the document was committed. */
  lastUpdate: LastUpdateView | null;
  /** The document: HTML, code blocks and diagrams; none when `notice` says why. */
  segments: Segment[];
  notice: string | null;
  /** Its diagnostics, each linked to its line. */
  diagnostics: DiagnosticList;
}

/** A workspace folder's documents, as the use-case page lists them. */
export interface DocumentGroup {
  /** The top folder (`01_Handoff`); empty for files at the workspace root. */
  folder: string;
  documents: {
    /** Relative to the folder. */
    name: string;
    /** Relative to the workspace. */
    path: string;
    kindLabel: string | null;
    url: string | null;
  }[];
}

/** Component Design text as blocks, markup removed. */
export type TextBlock = { type: 'paragraph'; text: string } | { type: 'list'; items: string[] };

export interface TechnologyLink {
  name: string;
  /** Empty for technologies the alias table does not know: they have no page. */
  url: string;
  known: boolean;
  category: string | null;
}

export interface UseCasePageData {
  links: CatalogLinks;
  summary: UseCaseSummary;
  /** As the status file states it. */
  lastUpdated: string | null;
  /** The newest commit among the workspace's documents, when the site shows commits. */
  lastChange: LastUpdateView | null;
  /** From the status file: who runs the work, when it was handed over, what happens next. */
  operator: string | null;
  handoffDate: string | null;
  nextAction: string | null;
  title: string;
  rationale: string;
  constraints: string[];
  requirementRows: { name: string; raw: string; source: string }[];
  /** One mermaid flowchart per pattern, with this use case's technologies in the nodes. */
  diagrams: { pattern: string; mermaid: string }[];
  components: { name: string; blocks: TextBlock[] }[];
  technologyChoices: {
    component: string;
    /** The normalized component category (the technology matrix row). */
    category: string;
    raw: string;
    rationale: string;
    technologies: TechnologyLink[];
  }[];
  integrations: { system: string; type: string; notes: string }[];
  risks: { risk: string; mitigation: string }[];
  alternatives: {
    alternative: string;
    pros: string;
    cons: string;
    whyNotSelected: string;
    technologies: TechnologyLink[];
  }[];
  diagnostics: DiagnosticList;
  /** The workspace's documents, as the page lists them (`documentGroups`). */
  documentGroups: DocumentGroup[];
  /** Every document of the workspace, rendered, in the order of `documentGroups`. */
  documents: WorkspaceDocumentView[];
  designDocumentUrl: string | null;
  /** The page's table of contents: its sections, its documents and their `##` headings. */
  toc: TocEntry[];
  /** Its commits from git, newest first; null when the site does not show history. */
  history: UseCaseHistoryView | null;
}

/** A commit of a use case's history, and what it did to the design's decisions. */
export interface HistoryEntryView {
  /** The commit's first 10 hex digits. */
  commit: string;
  /** `YYYY-MM-DD`, UTC. */
  date: string;
  author: string;
  subject: string;
  created: boolean;
  /** What the commit did to the design's decisions, as label and text; empty for other documents. */
  changes: { label: string; text: string }[];
}

export interface UseCaseHistoryView {
  entries: HistoryEntryView[];
  /** Why the history is shorter than the workspace's life (a shallow clone), or why there is none. */
  note: string | null;
}

export interface PatternSummary extends Named {
  number: number;
  useWhen: string;
  useCaseCount: number;
}

export interface PatternsIndexData {
  links: CatalogLinks;
  patterns: PatternSummary[];
}

export interface PatternPageData {
  links: CatalogLinks;
  pattern: PatternSummary;
  /** The seed's reference diagram as a mermaid flowchart. */
  mermaid: string;
  useCases: (UseCaseRef & { otherPatterns: string[] })[];
  /** Most chosen first, ties by name: the page shows it in this order. */
  technologyMix: (Count & { category: string | null })[];
}

export interface TechnologySummary extends Named {
  category: string | null;
  known: boolean;
  /** Use cases that chose it, each counted once. */
  chosenCount: number;
  /** Use cases that considered and rejected it, each counted once. */
  rejectedCount: number;
  /** The family's page, when the technology is a product of another's family. */
  family: Named | null;
  /** Other products of its family that use cases chose (0 when it heads no family). */
  productCount: number;
}

/** A product of a family, with the use cases that chose it. */
export interface FamilyProduct extends Named {
  useCases: UseCaseRef[];
}

export interface TechnologiesIndexData {
  links: CatalogLinks;
  /** Grouped by category, categories in the alias table's order, `Other` last. */
  categories: {
    category: string;
    /** The id of the category's section. */
    anchor: string;
    technologies: TechnologySummary[];
  }[];
  /** How many technologies the categories hold. */
  total: number;
  /** Names chosen in Technology Choices that the alias table does not know, by name. */
  unknown: { name: string; useCases: UseCaseRef[] }[];
}

/** Where the radar places a technology: its own entry, or its family's. */
export interface RadarPlace {
  ring: RadarRing;
  reason: string | null;
  replacedBy: Named | null;
  since: string | null;
  /** The family whose entry places it; null when the entry is its own. */
  through: Named | null;
}

export interface TechnologyPageData {
  links: CatalogLinks;
  technology: TechnologySummary;
  /** Its place on the radar; `{ place: null }` when the radar does not place it; null without a radar. */
  radar: { place: RadarPlace | null } | null;
  /** The family's other products chosen in the catalog (SageMaker: SageMaker Endpoints, ...). */
  products: FamilyProduct[];
  /** One entry per use case, with every component it chose the technology for. */
  chosen: {
    useCase: UseCaseRef;
    components: { component: string; raw: string; rationale: string }[];
  }[];
  /** One entry per use case, with every alternative naming the technology it rejected. */
  rejected: {
    useCase: UseCaseRef;
    alternatives: { alternative: string; cons: string; whyNotSelected: string }[];
  }[];
}

export interface MatrixCell {
  technologies: string[];
  /** The raw Technology cells this cell was built from, for the hover text. */
  raw: string[];
}

export interface MatrixData {
  links: CatalogLinks;
  /** Normalized component categories. */
  rows: string[];
  columns: (UseCaseRef & { patterns: string[] })[];
  /** cells[row][column]; null where the use case names nothing for that category. */
  cells: (MatrixCell | null)[][];
  patterns: string[];
  /** The radar's ring of each technology in the cells that it places (through families too). */
  rings: Record<string, RadarRing>;
}

export interface CompareEntry extends UseCaseRef {
  patterns: string[];
  requirements: RequirementMeasures;
  /** Normalized component category to the technologies chosen for it. */
  technologies: Record<string, string[]>;
  risks: { risk: string; mitigation: string }[];
}

export interface ComparePageData {
  links: CatalogLinks;
  /** Every use case with a design; the page picks 2 to 4 from the URL (`?uc=UC-001,UC-003`). */
  useCases: CompareEntry[];
  /** Ids of the use cases without a design, so the page can say why it leaves one out. */
  withoutDesign: string[];
  /** Every component category any use case has, in matrix order. */
  categories: string[];
}

export interface ValidationPageData {
  links: CatalogLinks;
  summary: { useCases: number; documents: number; errors: number; warnings: number };
  groups: { useCase: UseCaseRef; validation: ValidationState; diagnostics: DiagnosticList }[];
  /** Diagnostics outside any workspace (stray folders). */
  other: DiagnosticList;
}

/** A technology on the radar: its entry, who chose it, and where the chart draws it. */
export interface RadarBlip extends Named {
  /** Its number on the chart and in the table, in reading order. */
  number: number;
  category: string;
  /** Its quadrant, by position in `RadarPageData.quadrants`. */
  quadrant: number;
  ring: RadarRing;
  reason: string | null;
  replacedBy: Named | null;
  since: string | null;
  /** Use cases that chose it, or a product of its family the radar does not place itself. */
  useCases: UseCaseRef[];
  /** The blip's centre and radius in the chart's units (`RADAR_SIZE`). */
  x: number;
  y: number;
  radius: number;
}

export interface RadarPageData {
  links: CatalogLinks;
  /** The four quadrants' names, top left, top right, bottom left, bottom right. */
  quadrants: string[];
  /** From the centre out. */
  rings: RadarRing[];
  blips: RadarBlip[];
  /** Technologies on hold that use cases still chose. */
  holdChosen: RadarBlip[];
  /** Technologies to adopt that no use case chose. */
  adoptUnchosen: RadarBlip[];
  /** The known technologies the radar does not place that the most use cases chose. */
  offRadar: Count[];
}

/** A decision on the catalog-wide timeline: a commit's change to one use case's design. */
export interface TimelineEntry extends HistoryEntryView {
  useCase: UseCaseRef;
}

export interface TimelinePageData {
  links: CatalogLinks;
  /** Newest first; at most `TIMELINE_LIMIT`. */
  entries: TimelineEntry[];
  /** How many decisions the history holds in all. */
  total: number;
  note: string | null;
}
