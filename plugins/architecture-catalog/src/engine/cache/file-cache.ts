import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CACHE_FORMAT, type DocumentAnalysis, type ParseCache } from './parse-cache.js';

/** A parse cache kept in one JSON file between runs, like ESLint's `.eslintcache`. */
export interface FileCache extends ParseCache {
  /** Writes the entries this run read or wrote (stale ones are dropped). Throws when it cannot. */
  save(): void;
  /** Entries read from the file at open. */
  readonly loaded: number;
}

export const DEFAULT_CACHE_FILE = '.arch-catalog-cache';

interface CacheFile {
  tool: 'arch-catalog';
  /** The package version: a cache written by another version starts afresh. */
  version: string;
  format: number;
  entries: Record<string, DocumentAnalysis>;
}

/**
 * Opens the cache file, or starts empty when it is missing, unreadable,
 * corrupt or written by another version: a cache may only ever save work,
 * never change a result.
 */
export function openFileCache(file: string, version: string): FileCache {
  const stored = readCacheFile(file, version);
  const used = new Map<string, DocumentAnalysis>();
  return {
    loaded: stored.size,
    has(key) {
      return used.has(key) || stored.has(key);
    },
    get(key) {
      const value = used.get(key) ?? stored.get(key);
      if (value !== undefined) used.set(key, value);
      return value;
    },
    set(key, value) {
      used.set(key, value);
    },
    save() {
      const keys = [...used.keys()].sort();
      const entries = Object.fromEntries(keys.map((key) => [key, used.get(key)!]));
      const content: CacheFile = { tool: 'arch-catalog', version, format: CACHE_FORMAT, entries };
      mkdirSync(path.dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(content));
      renameSync(temporary, file);
    },
  };
}

function readCacheFile(file: string, version: string): Map<string, DocumentAnalysis> {
  try {
    const content = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
    const current =
      content.tool === 'arch-catalog' &&
      content.version === version &&
      content.format === CACHE_FORMAT &&
      typeof content.entries === 'object' &&
      content.entries !== null;
    if (!current) return new Map();
    return new Map(Object.entries(content.entries!).filter(([, entry]) => isAnalysis(entry)));
  } catch {
    return new Map();
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The shape the engine relies on when it takes an entry; an entry edited by hand may lack it. */
function isAnalysis(entry: unknown): entry is DocumentAnalysis {
  if (!isObject(entry)) return false;
  if (entry.kind === 'status') return isObject(entry.status);
  if (entry.kind === 'checked')
    return typeof entry.fit === 'boolean' && isProblemList(entry.problems);
  return (
    entry.kind === 'design' &&
    isObject(entry.design) &&
    Array.isArray(entry.reports) &&
    entry.reports.every((report) => isObject(report) && Array.isArray(report.found)) &&
    isProblemList(entry.problems)
  );
}

function isProblemList(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.every(
      (problem) =>
        isObject(problem) && typeof problem.path === 'string' && typeof problem.reason === 'string',
    )
  );
}
