import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFileSafely } from '../io/write-file-safely.js';
import { SCAN_PROBLEM_RULES } from '../scan/scan-problem.js';
import { cacheFormat, type DocumentAnalysis, type ParseCache } from './parse-cache.js';

/** A parse cache kept in one file between runs, like ESLint's `.eslintcache`: a line per entry. */
export interface FileCache extends ParseCache {
  /** Writes the entries this run read or wrote (stale ones are dropped). Throws when it cannot. */
  save(): void;
  /** Entries read from the file at open. */
  readonly loaded: number;
}

export const DEFAULT_CACHE_FILE = '.arch-catalog-cache';

/** The first line of the file; each further line is one entry, `[key, analysis]`. */
interface CacheHeader {
  tool: 'arch-catalog';
  /** The package version: a cache written by another version starts afresh. */
  version: string;
  format: string;
  /** HMAC-SHA256 of everything after the header line, under the signing key (`cache-key.ts`). */
  mac?: string;
}

interface StoredEntry {
  value: DocumentAnalysis;
  /** The entry's line as read: written back as it is when the entry is used again. */
  line: string;
}

/**
 * Opens the cache file, or starts empty when it is missing, unreadable,
 * corrupt, written by another version, or not signed with `signingKey`: a
 * cache may only ever save work, never change a result, and a cache file can
 * come from anyone who can commit one. Without a key nothing is read and
 * nothing saved.
 */
export function openFileCache(
  file: string,
  version: string,
  signingKey: Buffer | undefined,
): FileCache {
  const header: CacheHeader = { tool: 'arch-catalog', version, format: cacheFormat() };
  const stored = signingKey
    ? readCacheFile(file, header, signingKey)
    : new Map<string, StoredEntry>();
  const used = new Map<string, DocumentAnalysis>();
  return {
    loaded: stored.size,
    has(key) {
      return used.has(key) || stored.has(key);
    },
    get(key) {
      const value = used.get(key) ?? stored.get(key)?.value;
      if (value !== undefined) used.set(key, value);
      return value;
    },
    set(key, value) {
      used.set(key, value);
    },
    save() {
      if (!signingKey) return;
      const lines: string[] = [];
      for (const key of [...used.keys()].sort()) {
        const value = used.get(key)!;
        const kept = stored.get(key);
        lines.push(kept?.value === value ? kept.line : JSON.stringify([key, value]));
      }
      const body = lines.map((line) => `${line}\n`).join('');
      const signed = { ...header, mac: mac(signingKey, body) };
      writeFileSafely(file, (out) => {
        out(`${JSON.stringify(signed)}\n`);
        out(body);
      });
    },
  };
}

function readCacheFile(
  file: string,
  header: CacheHeader,
  signingKey: Buffer,
): Map<string, StoredEntry> {
  const entries = new Map<string, StoredEntry>();
  try {
    const text = readFileSync(file, 'utf8');
    const headerEnd = text.indexOf('\n');
    const body = text.slice(headerEnd + 1);
    if (headerEnd < 0 || !isSignedHeader(text.slice(0, headerEnd), header, mac(signingKey, body)))
      return entries;
    for (const line of body.split('\n')) {
      const entry = readEntry(line);
      if (entry) entries.set(entry.key, { value: entry.value, line });
    }
  } catch {
    // missing or unreadable: start afresh
  }
  return entries;
}

function isSignedHeader(line: string, expected: CacheHeader, expectedMac: string): boolean {
  const { mac: found, ...rest } = JSON.parse(line) as CacheHeader;
  return (
    JSON.stringify(rest) === JSON.stringify(expected) &&
    typeof found === 'string' &&
    found.length === expectedMac.length &&
    timingSafeEqual(Buffer.from(found), Buffer.from(expectedMac))
  );
}

function mac(key: Buffer, body: string): string {
  return createHmac('sha256', key).update(body).digest('hex');
}

function readEntry(line: string): { key: string; value: DocumentAnalysis } | undefined {
  if (line === '') return undefined;
  try {
    const entry: unknown = JSON.parse(line);
    if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string')
      return undefined;
    return isAnalysis(entry[1]) ? { key: entry[0], value: entry[1] } : undefined;
  } catch {
    return undefined;
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
    entry.reports.every((report) => isObject(report) && Array.isArray(report.found))
  );
}

function isProblemList(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.every(
      (problem) =>
        isObject(problem) &&
        typeof problem.path === 'string' &&
        typeof problem.reason === 'string' &&
        (problem.rule === undefined ||
          (SCAN_PROBLEM_RULES as readonly unknown[]).includes(problem.rule)),
    )
  );
}
