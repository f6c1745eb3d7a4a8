import { fingerprint } from './fingerprint.js';
import { compareText } from './sort.js';
import type { CatalogModel, Diagnostic, Severity } from '../types.js';

/** Where `arch-catalog baseline` writes, and `--baseline` is usually pointed. */
export const BASELINE_FILE = '.arch-catalog-baseline.json';

/** A problem accepted as it is: its fingerprint, and enough to recognise it by eye. */
export interface BaselineEntry {
  /** `<sha256>:<occurrence>` of rule, file, section and message: no line numbers. */
  fingerprint: string;
  ruleId: string;
  severity: Severity;
  file: string;
  message: string;
}

export interface Baseline {
  tool: 'arch-catalog';
  baselineVersion: 1;
  entries: BaselineEntry[];
}

/** A baseline file that cannot be read as one: the message says why. */
export class BaselineError extends Error {}

/** Every problem of the catalog, as a baseline. */
export function baselineOf(model: CatalogModel): Baseline {
  const entries = fingerprint(model.diagnostics).map(([diagnostic, key]) => ({
    fingerprint: key,
    ruleId: diagnostic.ruleId,
    severity: diagnostic.severity,
    file: diagnostic.file,
    message: diagnostic.message,
  }));
  entries.sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      compareText(a.ruleId, b.ruleId) ||
      compareText(a.fingerprint, b.fingerprint),
  );
  return { tool: 'arch-catalog', baselineVersion: 1, entries };
}

export interface BaselineResult {
  /** The catalog without the baseline's problems, counts made again. */
  model: CatalogModel;
  suppressed: Diagnostic[];
  /** Entries no problem matches any more: fixed, or moved to another file. */
  stale: BaselineEntry[];
}

/** The catalog with the problems the baseline accepts left out. */
export function applyBaseline(model: CatalogModel, baseline: Baseline): BaselineResult {
  const accepted = new Set(baseline.entries.map((entry) => entry.fingerprint));
  const seen = new Set<string>();
  const kept: Diagnostic[] = [];
  const suppressed: Diagnostic[] = [];
  for (const [diagnostic, key] of fingerprint(model.diagnostics)) {
    if (accepted.has(key)) {
      suppressed.push(diagnostic);
      seen.add(key);
    } else kept.push(diagnostic);
  }
  return {
    model: withDiagnostics(model, kept),
    suppressed,
    stale: baseline.entries.filter((entry) => !seen.has(entry.fingerprint)),
  };
}

function withDiagnostics(model: CatalogModel, diagnostics: Diagnostic[]): CatalogModel {
  const count = (list: readonly Diagnostic[], severity: Severity) =>
    list.filter((diagnostic) => diagnostic.severity === severity).length;
  const inside = (dir: string) => (diagnostic: Diagnostic) =>
    diagnostic.file === dir || diagnostic.file.startsWith(`${dir}/`);
  return {
    ...model,
    useCases: model.useCases.map((useCase) => {
      const own = diagnostics.filter(inside(useCase.dir));
      return { ...useCase, errors: count(own, 'error'), warnings: count(own, 'warning') };
    }),
    diagnostics,
    summary: {
      ...model.summary,
      errors: count(diagnostics, 'error'),
      warnings: count(diagnostics, 'warning'),
    },
  };
}

/** The text of a baseline file, refused whole when it is not one. */
export function parseBaseline(text: string, where: string): Baseline {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BaselineError(`${where}: not JSON`);
  }
  const file = value as Partial<Baseline> | null;
  const isEntry = (entry: unknown): entry is BaselineEntry => {
    const e = entry as Partial<BaselineEntry> | null;
    return (
      typeof e?.fingerprint === 'string' &&
      typeof e.ruleId === 'string' &&
      (e.severity === 'error' || e.severity === 'warning') &&
      typeof e.file === 'string' &&
      typeof e.message === 'string'
    );
  };
  if (
    file?.tool !== 'arch-catalog' ||
    file.baselineVersion !== 1 ||
    !Array.isArray(file.entries) ||
    !file.entries.every(isEntry)
  )
    throw new BaselineError(`${where}: not a baseline (write one with arch-catalog baseline)`);
  return file as Baseline;
}

export function serializeBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}
