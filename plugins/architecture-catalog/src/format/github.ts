import type { CatalogModel, Diagnostic } from '../engine/types.js';
import type { FormatContext, Formatter } from './formatter.js';
import {
  displayPath,
  errorsFirst,
  escapeControlChars,
  messageWithHint,
  summaryLine,
} from './shared.js';

/** Escapes a workflow command's message, as `@actions/core` does (`escapeData`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value, as `@actions/core` does (`escapeProperty`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Document-derived text, its line breaks kept (the command escapes them) and other controls shown. */
function visible(text: string): string {
  return text.split('\n').map(escapeControlChars).join('\n');
}

function annotation(diagnostic: Diagnostic, ctx: FormatContext): string {
  const command = diagnostic.severity === 'error' ? 'error' : 'warning';
  const properties = [
    `file=${escapeProperty(visible(displayPath(diagnostic.file, ctx)))}`,
    `line=${diagnostic.line}`,
    `col=${diagnostic.column}`,
    `title=${escapeProperty(diagnostic.ruleId)}`,
  ].join(',');
  const message =
    diagnostic.hint === undefined
      ? diagnostic.message
      : `${diagnostic.message}\n hint: ${diagnostic.hint}`;
  return `::${command} ${properties}::${escapeData(visible(message))}`;
}

/** GitHub Actions annotations: one workflow command per diagnostic, errors first. */
export const formatGithub: Formatter = (model: CatalogModel, ctx: FormatContext): string =>
  errorsFirst(model.diagnostics)
    .map((diagnostic) => annotation(diagnostic, ctx) + '\n')
    .join('');

/**
 * Text for a markdown table cell, shown as written: HTML special characters
 * become entities; backslashes, pipes (so a cell cannot end early) and the
 * characters that open links, images, emphasis, strikethrough and code are
 * escaped; `@` (a mention), `://` and `www.` (a bare link) are written as
 * entities; line breaks become `<br>`, other control characters are shown
 * escaped.
 */
export function escapeCell(text: string): string {
  const lines = text.split(/\r\n|\r|\n/).map((line) =>
    escapeControlChars(line)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\|`*_[\]~]/g, '\\$&')
      .replace(/@/g, '&#64;')
      .replace(/:(?=\/\/)/g, '&#58;')
      .replace(/\b(www)\./gi, '$1&#46;'),
  );
  return lines.join('<br>');
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function diagnosticRow(diagnostic: Diagnostic, ctx: FormatContext): string {
  return tableRow([
    diagnostic.severity,
    escapeCell(displayPath(diagnostic.file, ctx)),
    String(diagnostic.line),
    escapeCell(diagnostic.ruleId),
    escapeCell(messageWithHint(diagnostic)),
  ]);
}

/** A markdown report for `$GITHUB_STEP_SUMMARY`: a heading, the summary, and every diagnostic. */
export function formatStepSummary(model: CatalogModel, ctx: FormatContext): string {
  const lines = [
    '## Architecture Catalog validation',
    '',
    escapeCell(summaryLine(model, ctx.hiddenWarnings)),
  ];
  if (model.diagnostics.length > 0) {
    lines.push(
      '',
      tableRow(['Severity', 'File', 'Line', 'Rule', 'Message']),
      tableRow(['---', '---', '---:', '---', '---']),
      ...model.diagnostics.map((diagnostic) => diagnosticRow(diagnostic, ctx)),
    );
  }
  return lines.join('\n') + '\n';
}
