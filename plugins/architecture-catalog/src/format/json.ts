import type { CatalogModel } from '../engine/types.js';
import type { Formatter } from './formatter.js';
import { isOmitted, NO_SHAPE, orderedKeys, type JsonShape } from './json-order.js';
import { nativeStringify } from './json-native.js';

/**
 * The model as JSON, byte-for-byte the same for equal models whatever order
 * their keys were inserted in (so the report can be diffed and cached).
 *
 * Key order: objects of a known shape (the model, a use case, a diagnostic,
 * the summary, a document, a design) list their keys in the order of the
 * documented shape in `types.ts`; any other key goes after them, sorted,
 * except the keys a shape wants last (a use case's `documents`, `design`,
 * `errors`, `warnings`) which follow the others. Objects of no known shape
 * (front matter, component texts, ...) have all their keys sorted. Sorted
 * means: array-index keys (`"9"`, `"10"`) first in numeric order, as
 * JavaScript enumerates them, then the rest by code unit; so parsing the
 * output and stringifying it again changes nothing. Arrays keep their order:
 * it is data. The layout is `JSON.stringify(value, null, 2)`'s: `undefined`,
 * function and symbol values are left out of objects (`null` in arrays), and
 * non-finite numbers are written as `null`.
 *
 * How: `json-native.ts` hands the value to `JSON.stringify`, copying only the
 * objects whose keys are out of order (the engine builds most of the model in
 * order). A copy cannot hold an index key after another key, since objects
 * always enumerate index keys first; such values, a `toJSON` and cycles are
 * written by the text writer here.
 */

const DOCUMENT: JsonShape = { head: ['path', 'kind'] };

const DIAGNOSTIC: JsonShape = {
  head: ['ruleId', 'severity', 'file', 'line', 'column', 'message', 'hint', 'section'],
};

const REQUIREMENTS: JsonShape = {
  head: [
    'latencyMs',
    'throughputPerSecond',
    'throughputStated',
    'availability',
    'freshnessSeconds',
    'rows',
  ],
  children: {
    rows: { head: ['name', 'raw', 'source'] },
    throughputStated: { head: ['count', 'periodSeconds', 'period', 'windowSeconds'] },
  },
};

const DESIGN: JsonShape = {
  head: [
    'file',
    'title',
    'patterns',
    'rationale',
    'requirements',
    'constraints',
    'components',
    'technologies',
    'integrations',
    'risks',
    'alternatives',
    'frontMatter',
  ],
  children: {
    requirements: REQUIREMENTS,
    technologies: {
      head: ['component', 'raw', 'rationale', 'technologies'],
      children: { technologies: { head: ['name', 'category', 'known'] } },
    },
    integrations: { head: ['system', 'type', 'notes'] },
    risks: { head: ['risk', 'mitigation'] },
    alternatives: { head: ['alternative', 'pros', 'cons', 'whyNotSelected', 'technologies'] },
  },
};

const USE_CASE: JsonShape = {
  head: ['id', 'name', 'dir', 'phase', 'status'],
  tail: ['documents', 'design', 'errors', 'warnings'],
  children: { documents: DOCUMENT, design: DESIGN },
};

const MODEL: JsonShape = {
  head: ['schemaVersion', 'root', 'useCases', 'diagnostics', 'summary'],
  children: {
    useCases: USE_CASE,
    diagnostics: DIAGNOSTIC,
    summary: { head: ['useCases', 'documents', 'errors', 'warnings'] },
  },
};

const INDENT = '  ';

function writePrimitive(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'bigint') throw new TypeError('Do not know how to serialize a BigInt');
  // strings, booleans, null
  return JSON.stringify(value);
}

function writeArray(
  items: readonly unknown[],
  shape: JsonShape,
  indent: string,
  seen: Set<object>,
): string {
  if (items.length === 0) return '[]';
  const inner = indent + INDENT;
  const lines = items.map(
    (item) => inner + (isOmitted(item) ? 'null' : write(item, shape, inner, seen)),
  );
  return `[\n${lines.join(',\n')}\n${indent}]`;
}

function writeObject(record: object, shape: JsonShape, indent: string, seen: Set<object>): string {
  const values = record as Record<string, unknown>;
  const keys = Object.keys(record).filter((key) => !isOmitted(values[key]));
  if (keys.length === 0) return '{}';
  const inner = indent + INDENT;
  const lines = orderedKeys(keys, shape).map((key) => {
    const child = shape.children?.[key] ?? NO_SHAPE;
    return `${inner}${JSON.stringify(key)}: ${write(values[key], child, inner, seen)}`;
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

function write(value: unknown, shape: JsonShape, indent: string, seen: Set<object>): string {
  if (typeof value !== 'object' || value === null) return writePrimitive(value);
  const native = nativeStringify(value, shape, seen);
  if (native !== undefined) {
    // JSON strings hold no raw line break: every one is layout.
    return indent === '' ? native : native.replaceAll('\n', `\n${indent}`);
  }
  if (seen.has(value)) throw new TypeError('Converting circular structure to JSON');
  seen.add(value);
  const text = Array.isArray(value)
    ? writeArray(value, shape, indent, seen)
    : writeObject(value, shape, indent, seen);
  seen.delete(value);
  return text;
}

/** `value` as `JSON.stringify(value, null, 2)` would lay it out, with keys in a stable order. */
export function stableStringify(value: unknown, shape: JsonShape = NO_SHAPE): string {
  return write(value, shape, '', new Set());
}

/**
 * `stableStringify` in pieces: the text of the top `levels` of objects and
 * arrays is handed to `out` element by element, so that a catalog of
 * 10,000 use cases is never one string in memory. Joined, the pieces are
 * exactly `stableStringify(value, shape)`.
 */
export function streamStableJson(
  value: unknown,
  shape: JsonShape,
  out: (piece: string) => void,
  levels = 2,
): void {
  stream(value, shape, '', new Set(), out, levels);
}

function stream(
  value: unknown,
  shape: JsonShape,
  indent: string,
  seen: Set<object>,
  out: (piece: string) => void,
  levels: number,
): void {
  if (levels === 0 || typeof value !== 'object' || value === null) {
    out(write(value, shape, indent, seen));
    return;
  }
  if (seen.has(value)) throw new TypeError('Converting circular structure to JSON');
  seen.add(value);
  const inner = indent + INDENT;
  const members = Array.isArray(value)
    ? value.map((item) => ({ prefix: inner, value: isOmitted(item) ? null : item, shape }))
    : objectMembers(value, shape, inner);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (members.length === 0) out(open + close);
  else {
    out(`${open}\n`);
    members.forEach((member, index) => {
      out(member.prefix);
      stream(member.value, member.shape, inner, seen, out, levels - 1);
      out(index < members.length - 1 ? ',\n' : '\n');
    });
    out(indent + close);
  }
  seen.delete(value);
}

function objectMembers(record: object, shape: JsonShape, inner: string) {
  const values = record as Record<string, unknown>;
  const keys = Object.keys(record).filter((key) => !isOmitted(values[key]));
  return orderedKeys(keys, shape).map((key) => ({
    prefix: `${inner}${JSON.stringify(key)}: `,
    value: values[key],
    shape: shape.children?.[key] ?? NO_SHAPE,
  }));
}

/** The catalog model as stable JSON; needs no formatting context. */
export function catalogJson(model: CatalogModel): string {
  return stableStringify(model, MODEL) + '\n';
}

/** `catalogJson` in pieces, a use case or a diagnostic at a time (see `streamStableJson`). */
export function streamCatalogJson(model: CatalogModel, out: (piece: string) => void): void {
  streamStableJson(model, MODEL, out);
  out('\n');
}

export const formatJson: Formatter = (model) => catalogJson(model);

export type { JsonShape };
