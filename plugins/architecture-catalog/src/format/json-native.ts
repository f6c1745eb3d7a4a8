import {
  isIndexKey,
  isOmitted,
  keysInOrder,
  NO_SHAPE,
  orderedKeys,
  type JsonShape,
} from './json-order.js';

/**
 * The stable JSON of `value` written by `JSON.stringify(…, null, 2)`, or
 * undefined when only the text writer can give it. The engine builds most of
 * the model with its keys in order already; an object out of order is copied
 * with its keys reordered (and its ancestors with it), the rest is used as
 * it is. A copy cannot put an index key after another key (objects
 * enumerate index keys first), nor is a `toJSON` or a cycle left to
 * `JSON.stringify`: for those, undefined.
 */
export function nativeStringify(
  value: object,
  shape: JsonShape,
  ancestors: ReadonlySet<object>,
): string | undefined {
  const ordered = inOrder(value, shape, new Set(ancestors));
  return ordered === CANNOT ? undefined : JSON.stringify(ordered, null, 2);
}

const CANNOT = Symbol('cannot');

/** `value` itself when it is in order throughout, else a copy that is, or CANNOT. */
function inOrder(value: unknown, shape: JsonShape, seen: Set<object>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return CANNOT;
  seen.add(value);
  const result = Array.isArray(value)
    ? arrayInOrder(value, shape, seen)
    : recordInOrder(value as Record<string, unknown>, shape, seen);
  seen.delete(value);
  return result;
}

function arrayInOrder(items: readonly unknown[], shape: JsonShape, seen: Set<object>): unknown {
  let copy: unknown[] | undefined;
  for (let at = 0; at < items.length; at++) {
    const item = items[at];
    const ordered = inOrder(item, shape, seen);
    if (ordered === CANNOT) return CANNOT;
    if (ordered !== item) (copy ??= items.slice())[at] = ordered;
  }
  return copy ?? items;
}

function recordInOrder(
  record: Record<string, unknown>,
  shape: JsonShape,
  seen: Set<object>,
): unknown {
  if (typeof record.toJSON === 'function') return CANNOT;
  const kept = Object.keys(record).filter((key) => !isOmitted(record[key]));
  const inPlace = keysInOrder(kept, shape);
  const keys = inPlace ? kept : orderedKeys(kept, shape);
  if (!inPlace && !indexKeysLead(keys)) return CANNOT;
  let copy: Record<string, unknown> | undefined;
  for (const key of keys) {
    const child = record[key];
    const ordered = inOrder(child, shape.children?.[key] ?? NO_SHAPE, seen);
    if (ordered === CANNOT) return CANNOT;
    if (ordered !== child || !inPlace) (copy ??= copyOf(record, keys))[key] = ordered;
  }
  return copy ?? record;
}

/** A record with `keys` inserted in that order; no prototype, so `__proto__` stays a key. */
function copyOf(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const copy: Record<string, unknown> = Object.create(null);
  for (const key of keys) copy[key] = record[key];
  return copy;
}

/** No index key after a key that is not one: an order an object can hold. */
function indexKeysLead(keys: readonly string[]): boolean {
  const firstName = keys.findIndex((key) => !isIndexKey(key));
  return firstName === -1 || !keys.slice(firstName).some(isIndexKey);
}
