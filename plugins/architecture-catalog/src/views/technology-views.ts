import type { TechnologyIndex } from '../engine/technologies/index.js';
import type { UseCase } from '../engine/types.js';
import type { CatalogPaths } from './catalog-paths.js';
import { OTHER_CATEGORY, orderCategories } from './component-category.js';
import { compareNames, useCaseRef } from './summaries.js';
import type { TechnologiesIndexData, TechnologyPageData } from './types.js';

/** Every known technology any use case chose or rejected, by canonical name, sorted. */
export function catalogTechnologyNames(useCases: readonly UseCase[]): string[] {
  const names = new Set<string>();
  for (const useCase of useCases) {
    for (const choice of useCase.design?.technologies ?? []) {
      for (const technology of choice.technologies)
        if (technology.known) names.add(technology.name);
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
): { index: TechnologiesIndexData; pages: { name: string; data: TechnologyPageData }[] } {
  const pages = names.map((name) => ({ name, data: technologyPage(name, useCases, index, paths) }));
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
        technologies: byCategory.get(category) ?? [],
      })),
    },
    pages,
  };
}

function technologyPage(
  name: string,
  useCases: readonly UseCase[],
  index: TechnologyIndex,
  paths: CatalogPaths,
): TechnologyPageData {
  const chosen: TechnologyPageData['chosen'] = [];
  const rejected: TechnologyPageData['rejected'] = [];
  for (const useCase of useCases) {
    for (const choice of useCase.design?.technologies ?? []) {
      if (!choice.technologies.some((technology) => technology.name === name)) continue;
      chosen.push({
        useCase: useCaseRef(useCase, paths),
        component: choice.component,
        raw: choice.raw,
        rationale: choice.rationale,
      });
    }
    for (const alternative of useCase.design?.alternatives ?? []) {
      if (!alternative.technologies.includes(name)) continue;
      rejected.push({
        useCase: useCaseRef(useCase, paths),
        alternative: alternative.alternative,
        cons: alternative.cons,
        whyNotSelected: alternative.whyNotSelected,
      });
    }
  }
  const known = index.lookup(name);
  return {
    links: paths.links,
    technology: {
      name,
      url: paths.technology(name),
      category: known?.category ?? null,
      known: known !== undefined,
      chosenCount: chosen.length,
      rejectedCount: rejected.length,
    },
    chosen,
    rejected,
  };
}
