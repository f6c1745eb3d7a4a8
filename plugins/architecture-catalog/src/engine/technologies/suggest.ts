import { editDistance } from '../parse/names.js';
import type { TechnologyAlias } from './aliases.js';
import { namesOf } from './merge.js';
import { keyOf } from './tokens.js';

/** Shorter names are too often a real tool a letter away from another (`Ray`, `Dask`). */
const MIN_KEY_LENGTH = 4;

/**
 * The known technology an unknown name most likely misspells (`Kafak`: Kafka), if one is close:
 * one edit for names up to 4 letters, two beyond, the same first letter.
 */
export function createSuggester(
  technologies: readonly TechnologyAlias[],
): (name: string) => string | undefined {
  let spellings: [key: string, name: string][] | undefined;
  return (name) => {
    const key = keyOf(name);
    if (key.length < MIN_KEY_LENGTH) return undefined;
    spellings ??= technologies.flatMap((technology) =>
      namesOf(technology).map((spelling): [string, string] => [keyOf(spelling), technology.name]),
    );
    const limit = key.length > MIN_KEY_LENGTH ? 2 : 1;
    let best: { name: string; distance: number } | undefined;
    for (const [candidate, technology] of spellings) {
      if (candidate.charAt(0) !== key.charAt(0)) continue;
      const distance = editDistance(key, candidate, limit);
      if (distance <= limit && (best === undefined || distance < best.distance)) {
        best = { name: technology, distance };
      }
    }
    return best?.name;
  };
}
