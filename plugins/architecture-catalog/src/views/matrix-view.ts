import { compareNames } from '../engine/report/sort.js';
import { radarPlaceOf, type RadarIndex, type RadarRing } from '../engine/radar/radar.js';
import type { UseCase } from '../engine/types.js';
import type { CatalogPaths } from './catalog-paths.js';
import { componentCategory, orderCategories } from './component-category.js';
import { requirementMeasures as requirementsOf, useCaseRef } from './summaries.js';
import type { ComparePageData, MatrixCell, MatrixData } from './types.js';

/**
 * Component category to the cell a use case fills in it. A known technology goes to its own
 * category, whatever row it stands in (`Kafka + S3` in an event row puts S3 under storage);
 * an unknown one, and a row that names none, to the category the row's component reads as.
 */
export function cellsByCategory(useCase: UseCase): Map<string, MatrixCell> {
  const cells = new Map<string, MatrixCell>();
  const cellOf = (category: string): MatrixCell => {
    const cell = cells.get(category) ?? { technologies: [], raw: [] };
    cells.set(category, cell);
    return cell;
  };
  for (const choice of useCase.design?.technologies ?? []) {
    const rowCategory = componentCategory(choice);
    const touched = new Set<MatrixCell>();
    for (const technology of choice.technologies) {
      const cell = cellOf(technology.known ? (technology.category ?? rowCategory) : rowCategory);
      if (!cell.technologies.includes(technology.name)) cell.technologies.push(technology.name);
      touched.add(cell);
    }
    if (touched.size === 0) touched.add(cellOf(rowCategory));
    for (const cell of touched)
      if (choice.raw !== '' && !cell.raw.includes(choice.raw)) cell.raw.push(choice.raw);
  }
  return cells;
}

export function matrixView(
  useCases: readonly UseCase[],
  paths: CatalogPaths,
  radar: RadarIndex,
): MatrixData {
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
    rings: ringsOf(withDesign, radar),
  };
}

/** The ring of every chosen technology the radar places, by name, in name order. */
function ringsOf(useCases: readonly UseCase[], radar: RadarIndex): Record<string, RadarRing> {
  const rings = new Map<string, RadarRing>();
  for (const useCase of useCases)
    for (const choice of useCase.design?.technologies ?? [])
      for (const ref of choice.technologies) {
        const entry = ref.known ? radarPlaceOf(ref, radar) : undefined;
        if (entry) rings.set(ref.name, entry.ring);
      }
  return Object.fromEntries([...rings].sort(([a], [b]) => compareNames(a, b)));
}

export function compareView(
  useCases: readonly UseCase[],
  matrix: MatrixData,
  paths: CatalogPaths,
): ComparePageData {
  const withDesign = useCases.filter((useCase) => useCase.design !== null);
  return {
    links: paths.links,
    withoutDesign: useCases
      .filter((useCase) => useCase.design === null)
      .map((useCase) => useCase.id),
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
