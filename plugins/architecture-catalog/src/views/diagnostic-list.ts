import type { DiagnosticList, DiagnosticView } from './types.js';

/**
 * Diagnostics as a table shows them: errors first, each severity in the
 * engine's order (file, line, column, rule, in code points); counted; and the
 * folder whose prefix the table may drop from paths, when some lie in it.
 */
export function diagnosticList(
  diagnostics: readonly DiagnosticView[],
  dir: string | null = null,
): DiagnosticList {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  const inside = dir !== null && diagnostics.some((d) => d.file.startsWith(`${dir}/`));
  return {
    items: [...errors, ...warnings],
    errors: errors.length,
    warnings: warnings.length,
    baseDir: inside ? dir : null,
  };
}
