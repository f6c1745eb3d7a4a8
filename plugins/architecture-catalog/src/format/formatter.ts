import type { CatalogModel, RuleMeta } from '../engine/types.js';

export const FORMAT_NAMES = ['pretty', 'json', 'github', 'sarif', 'junit', 'gitlab'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export function isFormatName(value: string): value is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(value);
}

export interface FormatContext {
  /** Absolute; reported paths are relative to it. */
  cwd: string;
  /** Absolute root of the scanned tree; `diagnostic.file` is relative to it. */
  rootDir: string;
  /** Every known rule (SARIF lists them all, with their default settings). */
  rules: readonly RuleMeta[];
  /** Whether the human formatter may emit ANSI colour. */
  color: boolean;
  toolVersion: string;
  /** Base URL of the rule pages (`<ruleDocsUrl>/<rule-id>`); SARIF gives each rule a `helpUri` when set. */
  ruleDocsUrl?: string;
  /** Warnings left out of the model by `--quiet`, so that a summary never says "no problems". */
  hiddenWarnings?: number;
}

/** A pure function from the model to the complete report text. */
export type Formatter = (model: CatalogModel, ctx: FormatContext) => string;

/**
 * A formatter that hands its report over in pieces, for reports too large
 * to hold as one string (the JSON of 10,000 use cases). The pieces, joined,
 * are the report its `Formatter` gives.
 */
export type StreamingFormatter = (
  model: CatalogModel,
  ctx: FormatContext,
  out: (piece: string) => void,
) => void;
