import type { CatalogModel, Diagnostic } from '../engine/types.js';
import type { FormatContext, Formatter } from './formatter.js';
import {
  countSeverities,
  displayPath,
  escapeControlChars,
  groupByFile,
  summaryLine,
} from './shared.js';

type Paint = (text: string) => string;

interface Palette {
  bold: Paint;
  dim: Paint;
  red: Paint;
  yellow: Paint;
  green: Paint;
}

const sgr =
  (open: number, close: number): Paint =>
  (text) =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const identity: Paint = (text) => text;

const PLAIN: Palette = {
  bold: identity,
  dim: identity,
  red: identity,
  yellow: identity,
  green: identity,
};
const ANSI: Palette = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  green: sgr(32, 39),
};

/** Width in code points: close enough for alignment, and never splits a surrogate pair. */
function width(text: string): number {
  return [...text].length;
}

function padEnd(text: string, size: number): string {
  return text + ' '.repeat(Math.max(0, size - width(text)));
}

interface Row {
  line: string;
  column: string;
  severity: Diagnostic['severity'];
  message: string;
  ruleId: string;
  hint: string | undefined;
}

function toRow(diagnostic: Diagnostic): Row {
  return {
    line: String(diagnostic.line),
    column: String(diagnostic.column),
    severity: diagnostic.severity,
    message: escapeControlChars(diagnostic.message),
    ruleId: diagnostic.ruleId,
    hint: diagnostic.hint === undefined ? undefined : escapeControlChars(diagnostic.hint),
  };
}

function maxWidth(values: readonly string[]): number {
  return values.reduce((max, value) => Math.max(max, width(value)), 0);
}

/**
 * One file's table, like ESLint's stylish: the line right-aligned and the
 * column left-aligned so the colons line up, then severity, message, rule.
 */
function formatTable(diagnostics: readonly Diagnostic[], palette: Palette): string[] {
  const rows = diagnostics.map(toRow);
  const lineWidth = maxWidth(rows.map((row) => row.line));
  const columnWidth = maxWidth(rows.map((row) => row.column));
  const severityWidth = maxWidth(rows.map((row) => row.severity));
  const messageWidth = maxWidth(rows.map((row) => row.message));
  return rows.flatMap((row) => {
    const position = `${row.line.padStart(lineWidth)}:${row.column.padEnd(columnWidth)}`;
    const paintSeverity = row.severity === 'error' ? palette.red : palette.yellow;
    const line = [
      `  ${palette.dim(position)}`,
      paintSeverity(padEnd(row.severity, severityWidth)),
      padEnd(row.message, messageWidth),
      row.ruleId,
    ].join('  ');
    return row.hint === undefined ? [line] : [line, `    hint: ${row.hint}`];
  });
}

function formatSummary(model: CatalogModel, palette: Palette, hiddenWarnings = 0): string {
  const { errors, warnings } = countSeverities(model.diagnostics);
  const line = summaryLine(model, hiddenWarnings);
  if (errors > 0) return palette.bold(palette.red(line));
  if (warnings > 0) return palette.bold(palette.yellow(line));
  return palette.green(line);
}

export const formatPretty: Formatter = (model: CatalogModel, ctx: FormatContext): string => {
  const palette = ctx.color ? ANSI : PLAIN;
  const blocks = [...groupByFile(model.diagnostics)].map(([file, diagnostics]) =>
    [
      palette.bold(escapeControlChars(displayPath(file, ctx))),
      ...formatTable(diagnostics, palette),
    ].join('\n'),
  );
  return [...blocks, formatSummary(model, palette, ctx.hiddenWarnings)].join('\n\n') + '\n';
};
