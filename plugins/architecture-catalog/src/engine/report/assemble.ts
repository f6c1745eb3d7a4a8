import type { CatalogModel, Diagnostic, UseCase } from '../types.js';
import { compareDiagnostics, compareUseCases } from './sort.js';

/** Sorts, counts and summarises: the same inputs always give the same model. */
export function assembleModel(
  root: string,
  useCases: UseCase[],
  diagnostics: Diagnostic[],
): CatalogModel {
  const sortedDiagnostics = [...diagnostics].sort(compareDiagnostics);
  const counted = useCases
    .map((useCase) => withCounts(useCase, sortedDiagnostics))
    .sort(compareUseCases);
  return {
    schemaVersion: 1,
    root,
    useCases: counted,
    diagnostics: sortedDiagnostics,
    summary: {
      useCases: counted.length,
      documents: counted.reduce((sum, useCase) => sum + useCase.documents.length, 0),
      errors: sortedDiagnostics.filter((diagnostic) => diagnostic.severity === 'error').length,
      warnings: sortedDiagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length,
    },
  };
}

function withCounts(useCase: UseCase, diagnostics: Diagnostic[]): UseCase {
  const own = diagnostics.filter((diagnostic) => belongsTo(diagnostic.file, useCase.dir));
  return {
    ...useCase,
    errors: own.filter((diagnostic) => diagnostic.severity === 'error').length,
    warnings: own.filter((diagnostic) => diagnostic.severity === 'warning').length,
  };
}

export function belongsTo(file: string, dir: string): boolean {
  return file === dir || file.startsWith(`${dir}/`);
}
