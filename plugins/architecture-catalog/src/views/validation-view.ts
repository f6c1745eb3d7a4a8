import { belongsTo } from '../engine/report/assemble.js';
import type { CatalogModel } from '../engine/types.js';
import type { CatalogPaths } from './catalog-paths.js';
import { diagnosticList } from './diagnostic-list.js';
import { diagnosticView, useCaseRef, validationState } from './summaries.js';
import type { ValidationPageData } from './types.js';

export function validationView(model: CatalogModel, paths: CatalogPaths): ValidationPageData {
  const owned = new Set<number>();
  const groups = model.useCases.map((useCase) => {
    const diagnostics = model.diagnostics.flatMap((diagnostic, index) => {
      if (!belongsTo(diagnostic.file, useCase.dir)) return [];
      owned.add(index);
      return [diagnosticView(diagnostic, paths)];
    });
    return {
      useCase: useCaseRef(useCase, paths),
      validation: validationState(useCase),
      diagnostics: diagnosticList(diagnostics, useCase.dir),
    };
  });
  return {
    links: paths.links,
    summary: model.summary,
    groups,
    other: diagnosticList(
      model.diagnostics
        .filter((_, index) => !owned.has(index))
        .map((diagnostic) => diagnosticView(diagnostic, paths)),
    ),
  };
}
