/**
 * Markdown blocks and their rendering in a chosen style, shared by every
 * generated document.
 */

/**
 * @typedef {{kind: 'p', text: string}
 *   | {kind: 'list', items: string[], ordered?: boolean}
 *   | {kind: 'table', columns: string[], rows: string[][]}
 *   | {kind: 'field', label: string, value: string}
 *   | {kind: 'code', lang: string, text: string}} Block
 */

/**
 * @typedef {object} Style
 * @property {'padded' | 'compact' | 'aligned' | 'bare'} table
 * @property {'-' | '*'} bullet
 * @property {'inline' | 'outside' | 'block'} field  `**A:** v`, `**A**: v`, or the value on the next paragraph
 */

/** @type {(text: string) => Block} */
export const paragraph = (text) => ({ kind: 'p', text });
/** @type {(items: string[], ordered?: boolean) => Block} */
export const list = (items, ordered = false) => ({ kind: 'list', items, ordered });
/** @type {(columns: string[], rows: string[][]) => Block} */
export const table = (columns, rows) => ({ kind: 'table', columns, rows });
/** @type {(label: string, value: string) => Block} */
export const field = (label, value) => ({ kind: 'field', label, value });
/** @type {(lang: string, text: string) => Block} */
export const code = (lang, text) => ({ kind: 'code', lang, text });

/**
 * @param {import('./random.mjs').Rng} rng
 * @returns {Style}
 */
export function pickStyle(rng) {
  return {
    table: rng.weighted([
      ['padded', 5],
      ['compact', 3],
      ['aligned', 1],
      ['bare', 1],
    ]),
    bullet: rng.chance(0.8) ? '-' : '*',
    field: rng.weighted([
      ['inline', 8],
      ['outside', 1],
      ['block', 1],
    ]),
  };
}

/**
 * @param {Block} block
 * @param {Style} style
 * @returns {string}
 */
export function renderBlock(block, style) {
  switch (block.kind) {
    case 'p':
      return block.text;
    case 'list':
      return block.items
        .map((item, i) => `${block.ordered ? `${i + 1}.` : style.bullet} ${item}`)
        .join('\n');
    case 'table':
      return renderTable(block.columns, block.rows, style.table);
    case 'field':
      return renderField(block, style.field);
    case 'code':
      return `\`\`\`${block.lang}\n${block.text}\n\`\`\``;
  }
  return '';
}

/**
 * @param {{label: string, value: string}} f
 * @param {Style['field']} form
 */
function renderField({ label, value }, form) {
  if (value === '') return `**${label}:**`;
  if (form === 'outside') return `**${label}**: ${value}`;
  if (form === 'block' && value.length > 80) return `**${label}:**\n\n${value}`;
  return `**${label}:** ${value}`;
}

/**
 * @param {string[]} columns
 * @param {string[][]} rows
 * @param {Style['table']} form
 */
function renderTable(columns, rows, form) {
  const line = (/** @type {string[]} */ cells) =>
    form === 'bare' ? cells.join(' | ') : `| ${cells.join(' | ')} |`;
  const rules = columns.map((c) => {
    if (form === 'padded') return '-'.repeat(c.length + 2);
    if (form === 'aligned') return ' :--- ';
    return '---';
  });
  const separator = form === 'bare' ? rules.join('|') : `|${rules.join('|')}|`;
  const padded = rows.map((r) => columns.map((_, i) => r[i] ?? ''));
  return [line(columns), separator, ...padded.map(line)].join('\n');
}

/**
 * A heading line.
 * @param {number} level
 * @param {string} text
 */
export function heading(level, text) {
  return `${'#'.repeat(level)} ${text}`;
}
