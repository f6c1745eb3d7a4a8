import { compareIds, compareText } from '../../engine/report/sort.js';
import { matchesQuery } from '../../views/search.js';
import type {
  IndexPageData,
  RequirementKey,
  UseCaseSummary,
  ValidationState,
} from '../../views/types.js';
import { REQUIREMENT_KEYS } from '../../views/types.js';

export type SortKey =
  'id' | 'name' | 'patterns' | 'phase' | 'status' | RequirementKey | 'validation';
export type SortDir = 'asc' | 'desc';

export const SORT_KEYS: readonly SortKey[] = [
  'id',
  'name',
  'patterns',
  'phase',
  'status',
  ...REQUIREMENT_KEYS,
  'validation',
];

const VALIDATION_RANK: Record<ValidationState, number> = {
  valid: 0,
  warnings: 1,
  errors: 2,
  'no-design': 3,
};

/** What the index filters on; an empty string lets everything through. */
export interface Filters {
  pattern: string;
  tech: string;
  phase: string;
  state: string;
  /** A radar flag (`hold`, `off-radar`) the use case must have. */
  radar: string;
  q: string;
}

/** The use cases that pass every filter, in the order given. */
export function filterUseCases(
  useCases: readonly UseCaseSummary[],
  filters: Filters,
  synonyms: IndexPageData['facets']['synonyms'],
): UseCaseSummary[] {
  const { pattern, tech, phase, state, radar, q } = filters;
  return useCases.filter(
    (uc) =>
      (!pattern || uc.patterns.some((p) => p.name === pattern)) &&
      (!tech || uc.technologies.includes(tech)) &&
      (!phase || uc.phase === phase) &&
      (!state || uc.validation === state) &&
      (!radar || (uc.radar as readonly string[]).includes(radar)) &&
      matchesQuery(uc, q, synonyms),
  );
}

/** A use case's value in a column; null means "unknown", kept last whatever the direction. */
export function sortValue(
  uc: UseCaseSummary,
  key: SortKey,
  phases: readonly string[],
): string | number | null {
  switch (key) {
    case 'id':
      return uc.id;
    case 'name':
      return uc.name;
    case 'patterns':
      return uc.patterns.length ? uc.patterns.map((p) => p.name).join(', ') : null;
    case 'phase': {
      if (uc.phase == null) return null;
      const index = phases.indexOf(uc.phase);
      return index === -1 ? phases.length : index;
    }
    case 'status':
      return uc.status || null;
    case 'validation':
      return VALIDATION_RANK[uc.validation] * 10_000 + uc.errors * 100 + uc.warnings;
    default:
      return uc.requirements[key].value;
  }
}

/** Text without regard to case, then by code point: the same order on every machine. */
function compareWords(a: string, b: string): number {
  return compareText(a.toLowerCase(), b.toLowerCase()) || compareText(a, b);
}

/** Sorted by `key` in `dir`; unknown values last, ties by id. */
export function sortUseCases(
  list: readonly UseCaseSummary[],
  key: SortKey,
  dir: SortDir,
  phases: readonly string[],
): UseCaseSummary[] {
  const sign = dir === 'asc' ? 1 : -1;
  const compareValues = (a: string | number, b: string | number): number =>
    typeof a === 'number' && typeof b === 'number'
      ? a - b
      : key === 'id'
        ? compareIds(String(a), String(b))
        : compareWords(String(a), String(b));
  return list
    .map((uc) => ({ uc, v: sortValue(uc, key, phases) }))
    .sort((a, b) => {
      if (a.v == null || b.v == null) {
        if (a.v == null && b.v == null) return compareIds(a.uc.id, b.uc.id);
        return a.v == null ? 1 : -1;
      }
      return sign * compareValues(a.v, b.v) || compareIds(a.uc.id, b.uc.id);
    })
    .map(({ uc }) => uc);
}
