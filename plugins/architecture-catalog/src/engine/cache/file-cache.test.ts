import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCatalogWithStats } from '../build-catalog.js';
import { DEFAULT_CONFIG } from '../config/config.js';
import { catalogJson } from '../../format/json.js';
import { openFileCache } from './file-cache.js';
import type { DocumentAnalysis } from './parse-cache.js';

const REPO = fileURLToPath(new URL('../../../../../', import.meta.url));
const SAMPLES = path.join(REPO, 'AE01_Implementations');
const temp = mkdtempSync(path.join(os.tmpdir(), 'arch-catalog-file-cache-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const STATUS: DocumentAnalysis = {
  kind: 'status',
  status: { id: 'UC-001', name: 'A', phase: null, status: null, lastUpdated: null },
} as unknown as DocumentAnalysis;

function build(rootDir: string, cacheFile: string, version = '1.0.0') {
  const cache = openFileCache(cacheFile, version);
  const result = buildCatalogWithStats({
    rootDir,
    displayRoot: 'root',
    config: DEFAULT_CONFIG,
    cache,
  });
  cache.save();
  return { ...result, loaded: cache.loaded };
}

describe('openFileCache', () => {
  it('keeps entries across opens of the same file', () => {
    const file = path.join(temp, 'round-trip', '.cache');
    const first = openFileCache(file, '1.0.0');
    expect(first.get('a')).toBeUndefined();
    first.set('a', STATUS);
    first.save();
    const second = openFileCache(file, '1.0.0');
    expect(second.loaded).toBe(1);
    expect(second.get('a')).toEqual(STATUS);
  });

  it('starts afresh on a file of another version, a corrupt file or a missing one', () => {
    const file = path.join(temp, 'stale.cache');
    const cache = openFileCache(file, '1.0.0');
    cache.set('a', STATUS);
    cache.save();
    expect(openFileCache(file, '1.0.1').get('a')).toBeUndefined();
    writeFileSync(file, '{"tool":"arch-catalog","entries":');
    expect(openFileCache(file, '1.0.0').loaded).toBe(0);
    expect(openFileCache(path.join(temp, 'missing', 'file'), '1.0.0').loaded).toBe(0);
  });

  it('drops entries that lack the shape the engine relies on', () => {
    const file = path.join(temp, 'hand-edited.cache');
    const cache = openFileCache(file, '1.0.0');
    const checked = { kind: 'checked', fit: true, problems: [{ path: 'a.md', reason: 'r' }] };
    cache.set('good', STATUS);
    cache.set('checked', checked as DocumentAnalysis);
    cache.save();
    const content = JSON.parse(readFileSync(file, 'utf8'));
    content.entries.bad = { kind: 'design', design: {} };
    content.entries.worse = 5;
    content.entries.unfit = { kind: 'checked', fit: 'no', problems: [] };
    content.entries.noReason = { kind: 'checked', fit: true, problems: [{ path: 'a.md' }] };
    writeFileSync(file, JSON.stringify(content));
    const reopened = openFileCache(file, '1.0.0');
    expect(reopened.loaded).toBe(2);
    for (const key of ['bad', 'unfit', 'noReason']) expect(reopened.get(key)).toBeUndefined();
    expect(reopened.get('good')).toEqual(STATUS);
    expect(reopened.get('checked')).toEqual(checked);
  });

  it('writes only the entries this run used', () => {
    const file = path.join(temp, 'prune.cache');
    const cache = openFileCache(file, '1.0.0');
    cache.set('old', STATUS);
    cache.set('kept', STATUS);
    cache.save();
    const next = openFileCache(file, '1.0.0');
    next.get('kept');
    next.save();
    const entries = JSON.parse(readFileSync(file, 'utf8')).entries as Record<string, unknown>;
    expect(Object.keys(entries)).toEqual(['kept']);
  });

  it('throws on save where it cannot write (a file where a folder must be)', () => {
    const dir = path.join(temp, 'blocked');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'blocker'), '');
    const cache = openFileCache(path.join(dir, 'blocker', 'cache'), '1.0.0');
    cache.set('a', STATUS);
    expect(() => cache.save()).toThrow();
  });
});

describe('a build through the file cache', () => {
  it('parses nothing the second time, only the edited design after an edit, same output', () => {
    const root = path.join(temp, 'samples');
    cpSync(SAMPLES, root, { recursive: true });
    const file = path.join(temp, 'samples.cache');
    const cold = build(root, file);
    expect(cold.stats.reused).toBe(0);
    const warm = build(root, file);
    expect(warm.stats.parsed).toEqual([]);
    expect(warm.stats.reused).toBe(cold.stats.parsed.length);
    expect(catalogJson(warm.model)).toBe(catalogJson(cold.model));

    const edited = 'UC-003_Fraud_Detection/02_Architecture/Architecture_Design.md';
    const design = path.join(root, edited);
    writeFileSync(design, readFileSync(design, 'utf8').replace(/p99 < \d+ ?ms/, 'p99 < 321 ms'));
    const after = build(root, file);
    expect(after.stats.parsed).toEqual([edited]);
    const fresh = buildCatalogWithStats({
      rootDir: root,
      displayRoot: 'root',
      config: DEFAULT_CONFIG,
    });
    expect(catalogJson(after.model)).toBe(catalogJson(fresh.model));
    expect(catalogJson(after.model)).toContain('"latencyMs": 321');
  });

  it('parses everything again under another version', () => {
    const root = path.join(temp, 'samples');
    const file = path.join(temp, 'samples.cache');
    expect(build(root, file, '2.0.0').stats.reused).toBe(0);
  });
});
