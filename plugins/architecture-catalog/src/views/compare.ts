import { STRICTER, type CompareEntry, type RequirementKey } from './types.js';

/**
 * A use case's technologies in a category of the compare table. Categories
 * come from the config: one named `constructor` or `__proto__` must find
 * nothing, not an inherited property.
 */
export function technologiesIn(entry: CompareEntry | undefined, category: string): string[] {
  return entry !== undefined && Object.hasOwn(entry.technologies, category)
    ? (entry.technologies[category] ?? [])
    : [];
}

/** Why an id of `?uc=` is not compared. */
export interface DroppedId {
  id: string;
  reason: string;
}

/**
 * The use cases `?uc=` asks for, in its order: ids in any case (`uc-001` is UC-001), each once,
 * at most `max`; and each id left out, with why.
 */
export function compareSelection(
  param: string | null,
  withDesign: readonly string[],
  withoutDesign: readonly string[],
  max: number,
): { ids: string[]; dropped: DroppedId[] } {
  const ids: string[] = [];
  const dropped: DroppedId[] = [];
  const find = (list: readonly string[], part: string) =>
    list.find((id) => id.toLowerCase() === part.toLowerCase());
  for (const part of (param ?? '').split(',').map((text) => text.trim())) {
    if (part === '') continue;
    const id = find(withDesign, part);
    if (id !== undefined && ids.includes(id)) continue;
    if (id !== undefined && ids.length < max) ids.push(id);
    else if (id !== undefined)
      dropped.push({ id, reason: `only ${max} use cases can be compared` });
    else if (find(withoutDesign, part) !== undefined)
      dropped.push({
        id: find(withoutDesign, part) ?? part,
        reason: 'it has no Architecture Design',
      });
    else dropped.push({ id: part, reason: 'no use case has this id' });
  }
  return { ids, dropped };
}

/**
 * Which columns hold the stricter value of a requirement: those equal to the strictest known
 * value, provided at least two values are known and not all of them are equal (a tie marks
 * nothing). Values are per second for throughput, over the stated window: see `units.ts`.
 */
export function stricterColumns(
  entries: readonly CompareEntry[],
  key: RequirementKey,
): Set<number> {
  const values = entries.map((entry) => entry.requirements[key].value);
  const known = values.filter((v): v is number => v != null);
  const marked = new Set<number>();
  if (known.length < 2) return marked;
  const best = STRICTER[key] === 'lower' ? Math.min(...known) : Math.max(...known);
  if (known.every((v) => v === best)) return marked;
  values.forEach((v, index) => {
    if (v === best) marked.add(index);
  });
  return marked;
}

/** The same technologies in any order. */
export function sameTechnologies(a: readonly string[], b: readonly string[]): boolean {
  const left = [...a].sort();
  const right = [...b].sort();
  return left.length === right.length && left.every((name, i) => name === right[i]);
}

/** A category row of the compare table: each entry's technologies in it, and whether they differ. */
export interface TechnologyRow {
  category: string;
  /** By entry, in the entries' order. */
  technologies: string[][];
  differs: boolean;
}

/** The categories in which some entry chose a technology, in the given order. */
export function technologyRows(
  entries: readonly CompareEntry[],
  categories: readonly string[],
): TechnologyRow[] {
  return categories.flatMap((category) => {
    const technologies = entries.map((entry) => technologiesIn(entry, category));
    if (technologies.every((names) => names.length === 0)) return [];
    const differs = technologies.some((names) => !sameTechnologies(names, technologies[0] ?? []));
    return [{ category, technologies, differs }];
  });
}
