import { RULES } from '../engine/rules/index.js';
import type { CatalogModel } from '../engine/types.js';
import { formatPretty } from '../format/pretty.js';
import type { OnInvalidDocument } from './options.js';
import { ReportError } from './report-error.js';
import { writeStderrSync } from './write-stderr.js';

export class InvalidDocumentsError extends ReportError {}

/**
 * What the build does with the diagnostics, like `onBrokenLinks`: `throw`
 * fails a production build on errors; `warn` prints and goes on; `ignore`
 * is silent. The site shows the diagnostics in every case.
 */
export function reportDiagnostics(
  model: CatalogModel,
  setting: OnInvalidDocument,
  cwd: string,
  rootDir: string,
  isBuild: boolean,
  accepted = 0,
): void {
  const { errors, warnings } = model.summary;
  const note = accepted > 0 ? `${accepted} problem(s) accepted by the baseline left out\n` : '';
  if (setting === 'ignore') return;
  if (errors + warnings === 0) {
    if (note) writeStderrSync(`[INFO] Architecture catalog: ${note}`);
    return;
  }
  const report = formatPretty(model, {
    cwd,
    rootDir,
    rules: RULES,
    color: process.stderr.isTTY === true,
    toolVersion: '',
  });
  if (setting === 'throw' && errors > 0 && isBuild) {
    // The report goes out whole first; the error Docusaurus prints stays short.
    writeStderrSync(
      `[ERROR] Architecture catalog: ${errors} error(s), ${warnings} warning(s)\n${report}${note}`,
    );
    throw new InvalidDocumentsError(
      `Architecture catalog: ${errors} error(s) in the architecture documents.\n` +
        'The report is printed above. Fix them, or set the plugin option onInvalidDocument to "warn" to build anyway.',
    );
  }
  writeStderrSync(
    `[WARNING] Architecture catalog: ${errors} error(s), ${warnings} warning(s)\n${report}${note}`,
  );
}
