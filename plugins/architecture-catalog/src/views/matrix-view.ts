import type { UseCase } from '../engine/types.js';
import type { CatalogPaths } from './catalog-paths.js';
import { componentCategory, orderCategories } from './component-category.js';
import { requirementMeasures as requirementsOf, useCaseRef } from './summaries.js';
import type { ComparePageData, MatrixCell, MatrixData } from './types.js';

/** Component category to the cell a use case fills in it. */
export function cellsByCategory(useCase: UseCase): Map<string, MatrixCell> {
  const cells = new Map<string, MatrixCell>();
  for (const choice of useCase.design?.technologies ?? []) {
    const category = componentCategory(choice);
    const cell = cells.get(category) ?? { technologies: [], raw: [] };
    for (const technology of choice.technologies) {
      if (!cell.technologies.includes(technology.name)) cell.technologies.push(technology.name);
    }
    if (choice.raw !== '' && !cell.raw.includes(choice.raw)) cell.raw.push(choice.raw);
    cells.set(category, cell);
  }
  return cells;
}

export function matrixView(useCases: readonly UseCase[], paths: CatalogPaths): MatrixData {
  const withDesign = useCases.filter((useCase) => useCase.design !== null);
  const columns = withDesign.map((useCase) => cellsByCategory(useCase));
  const rows = orderCategories(columns.flatMap((cells) => [...cells.keys()]));
  return {
    links: paths.links,
    rows,
    columns: withDesign.map((useCase) => ({
      ...useCaseRef(useCase, paths),
      patterns: useCase.design?.patterns ?? [],
    })),
    cells: rows.map((row) => columns.map((cells) => cells.get(row) ?? null)),
    patterns: [...new Set(withDesign.flatMap((useCase) => useCase.design?.patterns ?? []))].sort(),
  };
}

export function compareView(
  useCases: readonly UseCase[],
  matrix: MatrixData,
  paths: CatalogPaths,
): ComparePageData {
  const withDesign = useCases.filter((useCase) => useCase.design !== null);
  return {
    links: paths.links,
    categories: matrix.rows,
    useCases: withDesign.map((useCase) => {
      const cells = cellsByCategory(useCase);
      return {
        ...useCaseRef(useCase, paths),
        patterns: useCase.design?.patterns ?? [],
        requirements: requirementsOf(useCase),
        technologies: Object.fromEntries(
          [...cells].map(([category, cell]) => [category, cell.technologies]),
        ),
        risks: useCase.design?.risks ?? [],
      };
    }),
  };
}
