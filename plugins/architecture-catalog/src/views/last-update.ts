import type { LastUpdate } from '../engine/io/git-last-updates.js';

/** The last commits of the documents, and what of them the site shows (`showLastUpdateTime`, `showLastUpdateAuthor`). */
export interface LastUpdates {
  /** The last commit of a document, by its root-relative path; none when it was never committed. */
  of: (documentPath: string) => LastUpdate | undefined;
  showTime: boolean;
  showAuthor: boolean;
}

/** When and by whom a document was last changed, as far as the site shows it. */
export interface LastUpdateView {
  /** ISO 8601, UTC. */
  time: string | null;
  author: string | null;
}

export const NO_LAST_UPDATES: LastUpdates = {
  of: () => undefined,
  showTime: false,
  showAuthor: false,
};

/** The newest commit among the documents, as shown; null when none was committed or nothing is shown. */
export function lastUpdateView(
  documentPaths: readonly string[],
  updates: LastUpdates,
): LastUpdateView | null {
  if (!updates.showTime && !updates.showAuthor) return null;
  let newest: LastUpdate | undefined;
  for (const documentPath of documentPaths) {
    const update = updates.of(documentPath);
    if (update && (!newest || update.time > newest.time)) newest = update;
  }
  if (!newest) return null;
  return {
    time: updates.showTime ? new Date(newest.time * 1000).toISOString() : null,
    author: updates.showAuthor ? newest.author : null,
  };
}
