import type { CatalogModel } from '../engine/types.js';
import type { GitHistory } from '../engine/io/git-last-updates.js';

/** Names the documents without a commit only when they are few. */
const MAX_NAMED = 3;

/**
 * Why documents will show no last change although the site asks for it
 * (`showLastUpdateTime` or `showLastUpdateAuthor`), or null when each has one.
 */
export function lastChangeWarning(
  model: CatalogModel,
  { updates, unavailable }: GitHistory,
): string | null {
  if (unavailable !== null)
    return `[arch-catalog] warning: no document shows its last change: ${unavailable}.\n`;
  const documents = model.useCases.flatMap((useCase) => useCase.documents.map(({ path }) => path));
  const uncommitted = documents.filter((path) => !updates.has(path));
  if (uncommitted.length === 0) return null;
  const named = uncommitted.length <= MAX_NAMED ? `: ${uncommitted.join(', ')}` : '';
  return `[arch-catalog] warning: ${uncommitted.length} of ${documents.length} documents show no last change, as git has no commit of them yet${named}.\n`;
}
