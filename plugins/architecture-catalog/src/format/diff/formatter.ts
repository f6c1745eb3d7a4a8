import type { CatalogDiff } from '../../engine/diff/types.js';

export const DIFF_FORMAT_NAMES = ['pretty', 'markdown', 'json', 'github'] as const;
export type DiffFormatName = (typeof DIFF_FORMAT_NAMES)[number];

export interface DiffContext {
  /** The head's root as output names it (`AE01_Implementations`, or `.`). */
  root: string;
}

/** A pure function from the diff to the complete report text. */
export type DiffFormatter = (diff: CatalogDiff, ctx: DiffContext) => string;
