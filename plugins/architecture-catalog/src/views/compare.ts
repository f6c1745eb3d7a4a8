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
