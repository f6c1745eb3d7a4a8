import type { RequirementKind } from '../normalize/requirements.js';
import type { Diagnostic } from '../types.js';

/** A use case as a diff names it. */
export interface UseCaseKey {
  id: string;
  name: string;
  /** Its folder, root-relative. */
  dir: string;
}

/** One requirement between two versions of a design. */
export interface RequirementChange {
  kind: RequirementKind;
  /** As the designs state it; null where the row is missing. */
  from: string | null;
  to: string | null;
  /**
   * `tightened`: the design asks more (lower latency or staleness, higher
   * throughput or availability); `loosened`: less; `changed`: the text
   * changed and a figure cannot be compared; `added`, `removed`: the row.
   */
  direction: 'tightened' | 'loosened' | 'changed' | 'added' | 'removed';
}

/** What is added and what is gone, each sorted. */
export interface SetChange {
  added: string[];
  removed: string[];
}

/** What a change did to an Architecture Design: its decisions, not its wording. */
export interface DesignChange {
  /** Whether there is a design before and after. */
  design: { from: boolean; to: boolean };
  patterns: SetChange;
  requirements: RequirementChange[];
  /** By product (canonical name). */
  technologies: SetChange;
  /** Product families newly chosen or no longer chosen. */
  families: SetChange;
  /** Alternatives considered, by their name in the table. */
  alternatives: SetChange;
}

/** What a change did to one use case present on both sides. */
export interface UseCaseDiff extends UseCaseKey, DesignChange {
  /** Its folder before, when the change moved it. */
  renamedFrom: string | null;
  phase: { from: string | null; to: string | null } | null;
  diagnostics: DiagnosticChange;
}

export interface DiagnosticChange {
  /** In the head, not in the base (by fingerprint: rule, file, section, message). */
  added: Diagnostic[];
  /** In the base, gone from the head. */
  fixed: Diagnostic[];
}

/** What a change does to the catalog. */
export interface CatalogDiff {
  added: UseCaseKey[];
  removed: UseCaseKey[];
  /** Use cases on both sides that changed in anything the diff compares, in catalog order. */
  changed: UseCaseDiff[];
  summary: {
    added: number;
    removed: number;
    changed: number;
    newErrors: number;
    newWarnings: number;
    fixedErrors: number;
    fixedWarnings: number;
  };
  /** The head's new problems and the base's fixed ones across the whole catalog. */
  diagnostics: DiagnosticChange;
}
