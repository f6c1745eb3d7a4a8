import { compareNames } from '../engine/report/sort.js';
import { radarPlaceOf, type RadarIndex } from '../engine/radar/radar.js';
import type { TechnologyIndex } from '../engine/technologies/index.js';
import type { TechnologyRef, UseCase } from '../engine/types.js';
import type { CatalogPaths } from './catalog-paths.js';
import { OTHER_CATEGORY, orderCategories } from './component-category.js';
import { useCaseRef } from './summaries.js';
import type {
  FamilyProduct,
  RadarPlace,
  TechnologiesIndexData,
  TechnologyPageData,
} from './types.js';

/** Every known technology any use case chose or rejected, their families, and `more`, sorted. */
export function catalogTechnologyNames(
  useCases: readonly UseCase[],
  more: readonly string[] = [],
): string[] {
  const names = new Set<string>(more);
  for (const useCase of useCases) {
    for (const choice of useCase.design?.technologies ?? []) {
      for (const technology of choice.technologies)
        if (technology.known) names.add(technology.name).add(technology.family);
    }
    for (const alternative of useCase.design?.alternatives ?? []) {
      for (const name of alternative.technologies) names.add(name);
    }
  }
  return [...names].sort(compareNames);
}

export function technologyViews(
  useCases: readonly UseCase[],
  names: readonly string[],
  index: TechnologyIndex,
  paths: CatalogPaths,
  radar: RadarIndex,
): { index: TechnologiesIndexData; pages: { name: string; data: TechnologyPageData }[] } {
  const products = whoChose(useCases, (ref) => (ref.family === ref.name ? undefined : ref.name));
  const pages = names.map((name) => ({
    name,
    data: technologyPage(
      name,
      useCases,
      index,
      paths,
      familyProducts(name, products, index, paths),
      radar,
    ),
  }));
  const byCategory = new Map<string, TechnologyPageData['technology'][]>();
  for (const page of pages) {
    const category = page.data.technology.category ?? OTHER_CATEGORY;
    byCategory.set(category, [...(byCategory.get(category) ?? []), page.data.technology]);
  }
  return {
    index: {
      links: paths.links,
      categories: orderCategories(byCategory.keys()).map((category) => ({
        category,
        anchor: categoryAnchor(category),
        technologies: byCategory.get(category) ?? [],
      })),
      total: pages.length,
      unknown: [...whoChose(useCases, (ref) => (ref.known ? undefined : ref.name))].map(
        ([name, chosenBy]) => ({ name, useCases: chosenBy.map((u) => useCaseRef(u, paths)) }),
      ),
    },
    pages,
  };
}

/**
 * For each name `nameOf` gives a chosen technology, the use cases that chose it, each once, in
 * catalog order; names sorted.
 */
function whoChose(
  useCases: readonly UseCase[],
  nameOf: (ref: TechnologyRef) => string | undefined,
): Map<string, UseCase[]> {
  const byName = new Map<string, UseCase[]>();
  for (const useCase of useCases) {
    const names = new Set(
      (useCase.design?.technologies ?? []).flatMap((choice) =>
        choice.technologies.flatMap((ref) => nameOf(ref) ?? []),
      ),
    );
    for (const name of names) byName.set(name, [...(byName.get(name) ?? []), useCase]);
  }
  return new Map([...byName].sort(([a], [b]) => compareNames(a, b)));
}

/** The items of each use case that `pick` finds, one entry per use case that has any. */
function perUseCase<T>(
  useCases: readonly UseCase[],
  paths: CatalogPaths,
  pick: (useCase: UseCase) => T[],
): { useCase: ReturnType<typeof useCaseRef>; items: T[] }[] {
  return useCases.flatMap((useCase) => {
    const items = pick(useCase);
    return items.length === 0 ? [] : [{ useCase: useCaseRef(useCase, paths), items }];
  });
}

function technologyPage(
  name: string,
  useCases: readonly UseCase[],
  index: TechnologyIndex,
  paths: CatalogPaths,
  products: FamilyProduct[],
  radar: RadarIndex,
): TechnologyPageData {
  const chosen = perUseCase(useCases, paths, (useCase) =>
    (useCase.design?.technologies ?? [])
      .filter((choice) => choice.technologies.some((technology) => technology.name === name))
      .map(({ component, raw, rationale }) => ({ component, raw, rationale })),
  ).map(({ useCase, items }) => ({ useCase, components: items }));
  const rejected = perUseCase(useCases, paths, (useCase) =>
    (useCase.design?.alternatives ?? [])
      .filter((alternative) => alternative.technologies.includes(name))
      .map(({ alternative, cons, whyNotSelected }) => ({ alternative, cons, whyNotSelected })),
  ).map(({ useCase, items }) => ({ useCase, alternatives: items }));
  const known = index.lookup(name);
  const family = index.family(name);
  return {
    links: paths.links,
    technology: {
      name,
      url: paths.technology(name),
      category: known?.category ?? null,
      known: known !== undefined,
      // Use cases, not table rows: a design naming it in two rows counts once.
      chosenCount: chosen.length,
      rejectedCount: rejected.length,
      family: family === name ? null : { name: family, url: paths.technology(family) },
      productCount: products.length,
    },
    radar: radar.size === 0 ? null : { place: radarPlace(name, family, radar, paths) },
    products,
    chosen,
    rejected,
  };
}

function radarPlace(
  name: string,
  family: string,
  radar: RadarIndex,
  paths: CatalogPaths,
): RadarPlace | null {
  const entry = radarPlaceOf({ name, family }, radar);
  if (!entry) return null;
  const named = (technology: string) => ({ name: technology, url: paths.technology(technology) });
  return {
    ring: entry.ring,
    reason: entry.reason,
    replacedBy: entry.replacedBy === null ? null : named(entry.replacedBy),
    since: entry.since,
    through: entry.technology === name ? null : named(entry.technology),
  };
}

/** The other products of the family `name` that use cases chose, with who chose each. */
function familyProducts(
  name: string,
  products: ReadonlyMap<string, UseCase[]>,
  index: TechnologyIndex,
  paths: CatalogPaths,
): FamilyProduct[] {
  return [...products]
    .filter(([product]) => product !== name && index.family(product) === name)
    .map(([product, chosenBy]) => ({
      name: product,
      url: paths.technology(product),
      useCases: chosenBy.map((useCase) => useCaseRef(useCase, paths)),
    }));
}

/** The id of a category's section on the technologies page: `Data Lake / Storage` -> `category-data-lake-storage`. */
export function categoryAnchor(category: string): string {
  const words = category
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `category-${words}`;
}
