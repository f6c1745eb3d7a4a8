import { BUILTIN_PATTERNS } from '../engine/patterns/builtin.js';
import type { UseCase } from '../engine/types.js';
import type { CatalogPaths } from './catalog-paths.js';
import { countBy, ranked } from './index-view.js';
import { patternFlowchart } from './mermaid.js';
import { chosenTechnologies, useCaseRef } from './summaries.js';
import type { PatternPageData, PatternSummary, PatternsIndexData } from './types.js';

/** Built-in patterns with their seed diagrams, then configured ones (no diagram). */
export function patternViews(
  useCases: readonly UseCase[],
  patternNames: readonly string[],
  paths: CatalogPaths,
): { index: PatternsIndexData; pages: { name: string; data: PatternPageData }[] } {
  const names = [...paths.patternSlugs.keys()].filter(
    (name) => patternNames.includes(name) || isBuiltin(name),
  );
  const pages = names.map((name) => ({ name, data: patternPage(name, useCases, paths) }));
  return { index: { links: paths.links, patterns: pages.map((page) => page.data.pattern) }, pages };
}

function isBuiltin(name: string): boolean {
  return BUILTIN_PATTERNS.some((pattern) => pattern.name === name);
}

function patternPage(
  name: string,
  useCases: readonly UseCase[],
  paths: CatalogPaths,
): PatternPageData {
  const definition = BUILTIN_PATTERNS.find((pattern) => pattern.name === name);
  const chosenBy = useCases.filter((useCase) => useCase.design?.patterns.includes(name));
  const summary: PatternSummary = {
    name,
    url: paths.pattern(name),
    number: definition?.number ?? 0,
    useWhen: definition?.useWhen ?? '',
    useCaseCount: chosenBy.length,
  };
  const mix = ranked(countBy(chosenBy.flatMap(chosenTechnologies)), paths.technology);
  const categories = categoryByTechnology(chosenBy);
  return {
    links: paths.links,
    pattern: summary,
    mermaid: definition ? patternFlowchart(definition) : '',
    useCases: chosenBy.map((useCase) => ({
      ...useCaseRef(useCase, paths),
      otherPatterns: (useCase.design?.patterns ?? []).filter((other) => other !== name),
    })),
    technologyMix: mix.map((count) => ({ ...count, category: categories.get(count.name) ?? null })),
  };
}

function categoryByTechnology(useCases: readonly UseCase[]): Map<string, string | null> {
  const categories = new Map<string, string | null>();
  for (const useCase of useCases) {
    for (const choice of useCase.design?.technologies ?? []) {
      for (const technology of choice.technologies)
        categories.set(technology.name, technology.category);
    }
  }
  return categories;
}
