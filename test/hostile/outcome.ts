import type {
  CatalogModel,
  Diagnostic,
} from '../../plugins/architecture-catalog/src/engine/types.js';
import type { HostileCase } from './corpus.js';
import type { CaseExpectation } from './expectations.js';

/** Every diagnostic, in one canonical order, for comparing runs. */
export function diagnosticsOf(model: CatalogModel): Diagnostic[] {
  return canonical(model.diagnostics);
}

export function canonical(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => compare(JSON.stringify(a), JSON.stringify(b)));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface Account {
  /** The use-case folders the case must give, sorted as the engine sorts them. */
  useCases: string[];
  /** Folders that went in and came out nowhere: not a use case, not reported, not hidden. */
  missing: string[];
}

/** Count in = count out: each folder is a use case, a reported name or link, or hidden on purpose. */
export function accountFor(
  hostile: HostileCase,
  expectation: CaseExpectation,
  model: CatalogModel,
): Account {
  const reportedOn = (folder: string, rule: Diagnostic['ruleId']): boolean =>
    model.diagnostics.some((d) => d.file === folder && d.ruleId === rule);
  const useCaseDirs = new Set(model.useCases.map((useCase) => useCase.dir));
  const missing = hostile.dirs.filter(
    (folder) =>
      !useCaseDirs.has(folder) &&
      !reportedOn(folder, 'invalid-workspace-name') &&
      !reportedOn(folder, 'parse-error') &&
      !(expectation.hidden ?? []).includes(folder),
  );
  const expected = expectation.useCases
    ? hostile.dirs.filter((folder) => expectation.useCases!.includes(folder))
    : hostile.dirs;
  return { useCases: [...expected].sort(compare), missing };
}
