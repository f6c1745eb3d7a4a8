import type { CompareEntry } from './types.js';

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
