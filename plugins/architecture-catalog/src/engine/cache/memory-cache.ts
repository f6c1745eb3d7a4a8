import type { DocumentAnalysis, ParseCache } from './parse-cache.js';

/** A parse cache in memory, for one process (the dev server). */
export interface MemoryCache extends ParseCache {
  /** Forgets every entry neither read nor written since the previous sweep. */
  sweep(): void;
  readonly size: number;
}

/**
 * Values are copied in and out, so the models built from the cache never
 * share objects with it nor with each other.
 */
export function createMemoryCache(): MemoryCache {
  let current = new Map<string, DocumentAnalysis>();
  let previous = new Map<string, DocumentAnalysis>();
  return {
    has(key) {
      return current.has(key) || previous.has(key);
    },
    get(key) {
      const value = current.get(key) ?? previous.get(key);
      if (value === undefined) return undefined;
      current.set(key, value);
      return structuredClone(value);
    },
    set(key, value) {
      current.set(key, structuredClone(value));
    },
    sweep() {
      previous = current;
      current = new Map();
    },
    get size() {
      return new Set([...current.keys(), ...previous.keys()]).size;
    },
  };
}
