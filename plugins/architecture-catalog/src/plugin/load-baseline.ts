import { readFileSync } from 'node:fs';
import path from 'node:path';
import { applyBaseline, parseBaseline, type BaselineResult } from '../engine/report/baseline.js';
import type { CatalogModel } from '../engine/types.js';
import { ReportError } from './report-error.js';

/** The baseline option names a file that is missing or is not a baseline: the build stops, saying which. */
export class BaselineOptionError extends ReportError {}

/** The catalog as the build judges it: without the problems the site's baseline file accepts. */
export function judgedModel(
  model: CatalogModel,
  siteDir: string,
  file: string | undefined,
): BaselineResult {
  if (file === undefined) return { model, suppressed: [], stale: [] };
  let text: string;
  try {
    text = readFileSync(path.resolve(siteDir, file), 'utf8');
  } catch {
    throw new BaselineOptionError(
      `Architecture catalog: the baseline file ${file} (plugin option baseline) was not found; write it with arch-catalog baseline --out ${file}`,
    );
  }
  try {
    return applyBaseline(model, parseBaseline(text, file));
  } catch (error) {
    throw new BaselineOptionError(`Architecture catalog: ${(error as Error).message}`);
  }
}
