import { compareNames } from '../engine/report/sort.js';
import { BUILTIN_PATTERNS } from '../engine/patterns/builtin.js';
import type { TechnologyIndex } from '../engine/technologies/index.js';
import { PHASES, type CatalogModel } from '../engine/types.js';
import type { CatalogPaths } from './catalog-paths.js';

import type { Count, IndexPageData, UseCaseSummary, ValidationState } from './types.js';

const TOP_TECHNOLOGIES = 15;
const VALIDATION_STATES: ValidationState[] = ['valid', 'warnings', 'errors', 'no-design'];

export function indexView(
  model: CatalogModel,
  summaries: UseCaseSummary[],
  paths: CatalogPaths,
  technologies: TechnologyIndex,
  hasRadar: boolean,
): IndexPageData {
  const patternCounts = countBy(
    summaries.flatMap((summary) => summary.patterns.map((pattern) => pattern.name)),
  );
  const technologyCounts = countBy(summaries.flatMap((summary) => summary.technologies));
  const patternNames = [...patternCounts.keys()].sort(compareNames);
  const technologyNames = [...technologyCounts.keys()].sort(compareNames);
  return {
    links: paths.links,
    useCases: summaries,
    facets: {
      patterns: patternNames,
      technologies: technologyNames,
      phases: PHASES.filter((phase) => summaries.some((summary) => summary.phase === phase)),
      validation: VALIDATION_STATES.filter((state) =>
        summaries.some((summary) => summary.validation === state),
      ),
      radar: hasRadar ? ['hold', 'off-radar'] : [],
      synonyms: synonymsOf(patternNames, technologyNames, technologies),
    },
    charts: {
      patternMix: ranked(patternCounts, paths.pattern),
      topTechnologies: ranked(technologyCounts, paths.technology).slice(0, TOP_TECHNOLOGIES),
    },
    summary: model.summary,
  };
}

export function countBy(names: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

/** Most first, ties by name: a stable order for charts. */
export function ranked(counts: Map<string, number>, url: (name: string) => string): Count[] {
  return [...counts]
    .map(([name, count]) => ({ name, count, url: url(name) }))
    .sort((a, b) => b.count - a.count || compareNames(a.name, b.name));
}

/** The other names of each pattern (built-in aliases) and technology (aliases, family). */
function synonymsOf(
  patterns: readonly string[],
  technologyNames: readonly string[],
  technologies: TechnologyIndex,
): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const name of patterns) {
    const aliases = BUILTIN_PATTERNS.find((pattern) => pattern.name === name)?.aliases ?? [];
    if (aliases.length > 0) synonyms[name] = [...aliases];
  }
  for (const name of technologyNames) {
    const family = technologies.family(name);
    const names = [
      ...(technologies.lookup(name)?.aliases ?? []),
      ...(family === name ? [] : [family]),
    ];
    if (names.length > 0) synonyms[name] = names;
  }
  return synonyms;
}
