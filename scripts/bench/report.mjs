/**
 * The bench's markdown: measurements (medians of the repetitions), page
 * weights, and the budgets of issue 4 with PASS/FAIL.
 */
import { median } from './measure.mjs';

/** @typedef {import('./measure.mjs').Run} Run */
/** @typedef {import('./page-weight.mjs').PageWeight} PageWeight */
/** @typedef {import('./sites.mjs').BuildShape} BuildShape */

/**
 * @typedef {object} Row
 * @property {string} label
 * @property {Run[] | undefined} runs  undefined: not run (see `note`)
 * @property {string} [note]
 */

/**
 * @typedef {object} Budget
 * @property {string} what
 * @property {string} budget
 * @property {string} measured
 * @property {'PASS' | 'FAIL' | 'n/a'} result
 */

export const KB = 1024;
export const MB = 1024 * 1024;

/** @param {number} ms */
export function seconds(ms) {
  return Number.isFinite(ms) ? `${(ms / 1000).toFixed(ms < 10000 ? 2 : 1)} s` : 'n/a';
}

/** @param {number | undefined} bytes */
export function bytes(bytes) {
  if (bytes === undefined || !Number.isFinite(bytes)) return 'n/a';
  if (bytes >= 0.95 * 1024 * MB) return `${(bytes / (1024 * MB)).toFixed(2)} GB`;
  if (bytes >= MB) return `${(bytes / MB).toFixed(1)} MB`;
  return `${(bytes / KB).toFixed(1)} KB`;
}

/** @param {number} x */
export function ratio(x) {
  return Number.isFinite(x) ? `${x.toFixed(2)}x` : 'n/a';
}

/** @param {Run[] | undefined} runs */
export function medianMs(runs) {
  return runs && runs.length ? median(runs.map((r) => r.ms)) : Number.NaN;
}

/** @param {Run[] | undefined} runs */
export function peakRss(runs) {
  const values = (runs ?? []).map((r) => r.rss ?? Number.NaN).filter(Number.isFinite);
  return values.length ? Math.max(...values) : undefined;
}

/**
 * @param {boolean | undefined} ok
 * @returns {'PASS' | 'FAIL' | 'n/a'}
 */
export function verdict(ok) {
  if (ok === undefined) return 'n/a';
  return ok ? 'PASS' : 'FAIL';
}

/**
 * @param {string[]} header
 * @param {string[][]} rows
 */
export function markdownTable(header, rows) {
  const line = (/** @type {string[]} */ cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** @param {Run[] | undefined} runs */
export function medianCpuMs(runs) {
  const values = (runs ?? []).map((r) => r.cpuMs ?? Number.NaN);
  return median(values);
}

/** @param {Row[]} rows */
export function measurementTable(rows) {
  return markdownTable(
    ['run', 'median wall', 'each run (s)', 'median CPU', 'peak RSS', 'exit', 'notes'],
    rows.map((row) => {
      if (!row.runs) return [row.label, 'n/a', '', '', '', '', row.note ?? ''];
      const each = row.runs.map((r) => (r.ms / 1000).toFixed(1)).join(', ');
      const codes = [...new Set(row.runs.map((r) => String(r.code)))].join('/');
      return [
        row.label,
        seconds(medianMs(row.runs)),
        each,
        seconds(medianCpuMs(row.runs)),
        bytes(peakRss(row.runs)),
        codes,
        row.note ?? '',
      ];
    }),
  );
}

/** @param {Budget[]} budgets */
export function budgetTable(budgets) {
  return markdownTable(
    ['what', 'budget', 'measured', 'result'],
    budgets.map((b) => [b.what, b.budget, b.measured, b.result === 'FAIL' ? '**FAIL**' : b.result]),
  );
}

/** @param {{label: string, weight: PageWeight}[]} pages */
export function pageTable(pages) {
  return markdownTable(
    [
      'page',
      'requests',
      'gzip total',
      'html',
      'js',
      'css',
      'json',
      'mermaid (gzip)',
      'draws a diagram',
    ],
    pages.map(({ label, weight: w }) => [
      `${label} \`${w.path}\``,
      String(w.requests),
      bytes(w.gzipBytes),
      bytes(w.gzipByType.html ?? 0),
      bytes(w.gzipByType.js ?? 0),
      bytes(w.gzipByType.css ?? 0),
      bytes(w.gzipByType.json ?? 0),
      w.mermaidFetched ? bytes(w.mermaidGzipBytes) : 'not fetched',
      w.draws ? 'yes' : 'no',
    ]),
  );
}
