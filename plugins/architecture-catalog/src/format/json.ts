import type { CatalogModel } from '../engine/types.js';
import type { Formatter } from './formatter.js';

/**
 * The model as JSON: `JSON.stringify(model, null, 2)` and a final newline.
 * The engine builds every object with its keys in the documented order of
 * `types.ts` (front matter sorted, components in template order), so equal
 * trees give equal bytes.
 */
export function catalogJson(model: CatalogModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

/**
 * `catalogJson` in pieces: the model's own keys, then each use case and each
 * diagnostic on its own, so that a catalog of 10,000 use cases is never one
 * string in memory. Joined, the pieces are exactly `catalogJson(model)`.
 */
export function streamCatalogJson(model: CatalogModel, out: (piece: string) => void): void {
  streamJson(model, out, 2, '');
  out('\n');
}

const INDENT = '  ';

/** `JSON.stringify(value, null, 2)` indented by `indent`, the top `levels` handed out member by member. */
function streamJson(value: unknown, out: (piece: string) => void, levels: number, indent: string) {
  if (levels === 0 || typeof value !== 'object' || value === null) {
    out((JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`));
    return;
  }
  const members: [prefix: string, item: unknown][] = Array.isArray(value)
    ? value.map((item: unknown) => ['', item])
    : Object.entries(value)
        .filter(([, item]) => isWritten(item))
        .map(([key, item]) => [`${JSON.stringify(key)}: `, item]);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (members.length === 0) {
    out(open + close);
    return;
  }
  const inner = indent + INDENT;
  out(`${open}\n`);
  members.forEach(([prefix, item], index) => {
    out(inner + prefix);
    streamJson(isWritten(item) ? item : null, out, levels - 1, inner);
    out(index < members.length - 1 ? ',\n' : '\n');
  });
  out(indent + close);
}

/** What an object's JSON keeps (an array's JSON writes the rest as `null`). */
function isWritten(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

export const formatJson: Formatter = (model) => catalogJson(model);
