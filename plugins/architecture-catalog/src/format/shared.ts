import path from 'node:path';
import type { CatalogModel, Diagnostic } from '../engine/types.js';
import { plural } from '../views/words.js';
import type { FormatContext } from './formatter.js';

/** A root-relative diagnostic path made relative to `ctx.cwd`, `/`-separated on every platform. */
export function displayPath(file: string, ctx: Pick<FormatContext, 'cwd' | 'rootDir'>): string {
  const relative = path.relative(ctx.cwd, path.resolve(ctx.rootDir, file));
  return relative === '' ? '.' : relative.split(path.sep).join('/');
}

export interface Counts {
  errors: number;
  warnings: number;
}

/** Counted from the diagnostics themselves, so a summary always matches what is listed. */
export function countSeverities(diagnostics: readonly Diagnostic[]): Counts {
  let errors = 0;
  for (const diagnostic of diagnostics) if (diagnostic.severity === 'error') errors += 1;
  return { errors, warnings: diagnostics.length - errors };
}

/**
 * `✖ 3 problems (2 errors, 1 warning) in 9 use cases` or `✔ 9 use cases, 40 documents: no
 * problems`; with warnings hidden by `--quiet`, it says so instead of "no problems".
 */
export function summaryLine(model: CatalogModel, hiddenWarnings = 0): string {
  const { errors, warnings } = countSeverities(model.diagnostics);
  const useCases = plural(model.summary.useCases, 'use case');
  const hidden =
    hiddenWarnings > 0 ? `${plural(hiddenWarnings, 'warning')} not shown (--quiet)` : '';
  if (errors + warnings === 0) {
    const verdict = hidden === '' ? 'no problems' : `no errors; ${hidden}`;
    return `✔ ${useCases}, ${plural(model.summary.documents, 'document')}: ${verdict}`;
  }
  const problems = plural(errors + warnings, 'problem');
  const line = `✖ ${problems} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${useCases}`;
  return hidden === '' ? line : `${line}; ${hidden}`;
}

/** Errors first, then warnings; each group keeps the model's order. */
export function errorsFirst(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [
    ...diagnostics.filter((d) => d.severity === 'error'),
    ...diagnostics.filter((d) => d.severity !== 'error'),
  ];
}

/** The message, and the hint on a line of its own when there is one. */
export function messageWithHint(diagnostic: Diagnostic): string {
  return diagnostic.hint === undefined
    ? diagnostic.message
    : `${diagnostic.message}\nhint: ${diagnostic.hint}`;
}

// C0 controls, DEL, C1 controls, and the bidirectional overrides/isolates that
// can make text display differently from what it is ("Trojan Source").
// eslint-disable-next-line no-control-regex
const UNSAFE_DISPLAY_CHARS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const NAMED_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Replaces control characters with a visible escape (`\n`, `\x1b`, `\u202e`)
 * so that document-derived text cannot drive a terminal or reorder a line.
 */
export function escapeControlChars(text: string): string {
  return text.replace(UNSAFE_DISPLAY_CHARS, (char) => {
    const named = NAMED_ESCAPES[char];
    if (named !== undefined) return named;
    const code = char.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Diagnostics grouped by the file they concern, files in the order they first appear. */
export function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    const group = groups.get(diagnostic.file);
    if (group) group.push(diagnostic);
    else groups.set(diagnostic.file, [diagnostic]);
  }
  return groups;
}
