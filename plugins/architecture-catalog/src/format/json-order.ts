/**
 * The key order of the stable JSON (see `json.ts`): a shape's head keys,
 * then the other keys sorted, then its tail keys.
 */

export interface JsonShape {
  /** Keys written first, in this order. */
  readonly head: readonly string[];
  /** Keys written last, in this order, after the remaining keys sorted. */
  readonly tail?: readonly string[];
  /** The shape of the value (or of each element of the array) under a key. */
  readonly children?: Readonly<Record<string, JsonShape>>;
}

export const NO_SHAPE: JsonShape = { head: [] };

/** Whether JavaScript enumerates `key` before all other keys (an array index). */
export function isIndexKey(key: string): boolean {
  return /^(?:0|[1-9][0-9]*)$/.test(key) && Number(key) < 2 ** 32 - 1;
}

/** Index-like keys first in numeric order, as JavaScript itself orders them, then by code unit. */
function compareKeys(a: string, b: string): number {
  const aIndex = isIndexKey(a);
  const bIndex = isIndexKey(b);
  if (aIndex !== bIndex) return aIndex ? -1 : 1;
  if (aIndex) return Number(a) - Number(b);
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Values an object's JSON leaves out (and an array's writes as `null`). */
export function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** Orders already worked out, by shape and key set: most objects of a shape share their keys. */
const orders = new WeakMap<JsonShape, Map<string, readonly string[]>>();

/** `keys` in the order `shape` prescribes, worked out once per shape and key set. */
export function orderedKeys(keys: readonly string[], shape: JsonShape): readonly string[] {
  let known = orders.get(shape);
  if (!known) orders.set(shape, (known = new Map()));
  const signature = keys.join('\u0000');
  let order = known.get(signature);
  if (!order) known.set(signature, (order = orderKeys(keys, shape)));
  return order;
}

function orderKeys(keys: readonly string[], shape: JsonShape): string[] {
  const present = new Set(keys);
  const tail = shape.tail ?? [];
  const placed = new Set([...shape.head, ...tail]);
  const rest = keys.filter((key) => !placed.has(key)).sort(compareKeys);
  return [
    ...shape.head.filter((key) => present.has(key)),
    ...rest,
    ...tail.filter((key) => present.has(key)),
  ];
}

/** Where each key of a shape's head and tail goes, worked out once per shape. */
interface Ranks {
  head: ReadonlyMap<string, number>;
  tail: ReadonlyMap<string, number>;
}

const ranksByShape = new WeakMap<JsonShape, Ranks>();

function ranksOf(shape: JsonShape): Ranks {
  let ranks = ranksByShape.get(shape);
  if (!ranks) {
    const index = (keys: readonly string[]) => new Map(keys.map((key, at) => [key, at]));
    ranks = { head: index(shape.head), tail: index(shape.tail ?? []) };
    ranksByShape.set(shape, ranks);
  }
  return ranks;
}

/** Whether `a` goes before `b` in an object of `shape`. */
function precedes(a: string, b: string, ranks: Ranks): boolean {
  const group = (key: string) => (ranks.head.has(key) ? 0 : ranks.tail.has(key) ? 2 : 1);
  const [groupA, groupB] = [group(a), group(b)];
  if (groupA !== groupB) return groupA < groupB;
  if (groupA === 0) return ranks.head.get(a)! < ranks.head.get(b)!;
  if (groupA === 2) return ranks.tail.get(a)! < ranks.tail.get(b)!;
  return compareKeys(a, b) < 0;
}

/** Whether `keys` (an object's, as it enumerates them) are in the order `shape` prescribes. */
export function keysInOrder(keys: readonly string[], shape: JsonShape): boolean {
  const ranks = ranksOf(shape);
  for (let at = 1; at < keys.length; at++) {
    if (!precedes(keys[at - 1]!, keys[at]!, ranks)) return false;
  }
  return true;
}
