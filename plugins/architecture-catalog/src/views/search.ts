import type { UseCaseSummary } from './types.js';

/** Case, spacing and punctuation folded away: `Apache-Kafka` and `apache kafka` compare equal. */
export function foldName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The canonical facet a URL value names, whatever its case or spelling: `streaming` is
 * Streaming, `msk` is Kafka. A value that names nothing is given back as it is.
 */
export function canonicalFacet(
  value: string,
  names: readonly string[],
  synonyms: Readonly<Record<string, readonly string[]>>,
): string {
  if (value === '' || names.includes(value)) return value;
  const key = foldName(value);
  const byName = names.find((name) => foldName(name) === key);
  if (byName !== undefined) return byName;
  const bySynonym = names.find((name) =>
    (Object.hasOwn(synonyms, name) ? (synonyms[name] ?? []) : []).some((s) => foldName(s) === key),
  );
  return bySynonym ?? value;
}

/**
 * Whether a use case answers the free-text query: every word of it is found in the id, the
 * name, or a pattern or technology of the use case under any of its names (`msk`, `apache kafka`
 * and `kafka` all find Kafka; `edge` finds Embedded).
 */
export function matchesQuery(
  summary: Pick<UseCaseSummary, 'id' | 'name' | 'patterns' | 'technologies'>,
  query: string,
  synonyms: Readonly<Record<string, readonly string[]>>,
): boolean {
  const needle = foldName(query);
  if (needle === '') return true;
  const names = [...summary.technologies, ...summary.patterns.map((pattern) => pattern.name)];
  const hay = [summary.id, summary.name, ...names]
    .concat(names.flatMap((name) => (Object.hasOwn(synonyms, name) ? (synonyms[name] ?? []) : [])))
    .map(foldName);
  return hay.some((text) => text.includes(needle));
}
