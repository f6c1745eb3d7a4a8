/**
 * A small seeded PRNG (mulberry32) with the helpers the corpus generator needs.
 * Same seed, same sequence, on every platform: no Math.random anywhere.
 */

/**
 * FNV-1a over a string, to derive independent 32-bit seeds from labels.
 * @param {string} text
 * @returns {number}
 */
export function hash32(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Rng {
  /** @param {number} seed */
  constructor(seed) {
    this.state = seed >>> 0;
  }

  /**
   * A generator seeded from a base seed and a label, independent of any other stream.
   * @param {number} seed
   * @param {string} label
   */
  static derive(seed, label) {
    return new Rng(hash32(`${seed >>> 0}:${label}`));
  }

  /** @returns {number} a float in [0, 1) */
  next() {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /**
   * An integer in [min, max], both included.
   * @param {number} min
   * @param {number} max
   */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** @param {number} probability */
  chance(probability) {
    return this.next() < probability;
  }

  /**
   * @template T
   * @param {readonly T[]} items
   * @returns {T}
   */
  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }

  /**
   * One item by weight: `[[item, weight], ...]`.
   * @template T
   * @param {readonly (readonly [T, number])[]} weighted
   * @returns {T}
   */
  weighted(weighted) {
    const total = weighted.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [item, w] of weighted) {
      r -= w;
      if (r < 0) return item;
    }
    return weighted[weighted.length - 1][0];
  }

  /**
   * `count` distinct items, in a random order.
   * @template T
   * @param {readonly T[]} items
   * @param {number} count
   * @returns {T[]}
   */
  sample(items, count) {
    const copy = items.slice();
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  }
}
