import type { DiffFormatter } from './formatter.js';

/** The diff as it is: `CatalogDiff` (`engine/diff/types.ts`). */
export const formatDiffJson: DiffFormatter = (diff) => `${JSON.stringify(diff, null, 2)}\n`;
