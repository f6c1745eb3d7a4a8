import { createHmac } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCatalogWithStats } from '../build-catalog.js';
import { DEFAULT_CONFIG } from '../config/config.js';
import { catalogJson } from '../../format/json.js';
import { openFileCache } from './file-cache.js';
import { cacheFormat, type DocumentAnalysis, type StatusAnalysis } from './parse-cache.js';
import { statusAnalysis } from './__fixtures__/status-analysis.js';

const REPO = fileURLToPath(new URL('../../../../../', import.meta.url));
const SAMPLES = path.join(REPO, 'AE01_Implementations');
const temp = mkdtempSync(path.join(os.tmpdir(), 'arch-catalog-file-cache-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const KEY = Buffer.alloc(32, 7);

/** Signs a file edited by hand again, as only the key's holder could. */
function resign(file: string, key = KEY): void {
  const text = readFileSync(file, 'utf8');
  const end = text.indexOf('\n');
  const body = text.slice(end + 1);
  const header = {
    ...JSON.parse(text.slice(0, end)),
    mac: createHmac('sha256', key).update(body).digest('hex'),
  };
  writeFileSync(file, `${JSON.stringify(header)}\n${body}`);
}

const STATUS: DocumentAnalysis = statusAnalysis('A');

function build(rootDir: string, cacheFile: string, version = '1.0.0') {
  const cache = openFileCache(cacheFile, version, KEY);
  const result = buildCatalogWithStats({
    rootDir,
    displayRoot: 'root',
    config: DEFAULT_CONFIG,
    cache,
  });
  cache.save();
  return { ...result, loaded: cache.loaded };
}

/** A cache file saved with `STATUS` under each of `keys`. */
function savedCache(name: string, keys: readonly string[]): string {
  const file = path.join(temp, name);
  const cache = openFileCache(file, '1.0.0', KEY);
  for (const key of keys) cache.set(key, STATUS);
  cache.save();
  return file;
}

describe('openFileCache', () => {
  it('keeps entries across opens of the same file', () => {
    const file = path.join(temp, 'round-trip', '.cache');
    const first = openFileCache(file, '1.0.0', KEY);
    expect(first.get('a')).toBeUndefined();
    first.set('a', STATUS);
    first.save();
    const second = openFileCache(file, '1.0.0', KEY);
    expect(second.loaded).toBe(1);
    expect(second.get('a')).toEqual(STATUS);
  });

  it('starts afresh on a file of another version, a corrupt file or a missing one', () => {
    const file = savedCache('stale.cache', ['a']);
    expect(openFileCache(file, '1.0.1', KEY).get('a')).toBeUndefined();
    writeFileSync(file, '{"tool":"arch-catalog","entries":');
    expect(openFileCache(file, '1.0.0', KEY).loaded).toBe(0);
    expect(openFileCache(path.join(temp, 'missing', 'file'), '1.0.0', KEY).loaded).toBe(0);
  });

  it('drops entries that lack the shape the engine relies on', () => {
    const file = path.join(temp, 'hand-edited.cache');
    const cache = openFileCache(file, '1.0.0', KEY);
    const checked = { kind: 'checked', fit: true, problems: [{ path: 'a.md', reason: 'r' }] };
    cache.set('good', STATUS);
    cache.set('checked', checked as DocumentAnalysis);
    cache.save();
    const edits = [
      ['bad', { kind: 'design', design: {} }],
      ['worse', 5],
      ['unfit', { kind: 'checked', fit: 'no', problems: [] }],
      ['noReason', { kind: 'checked', fit: true, problems: [{ path: 'a.md' }] }],
    ].map((entry) => JSON.stringify(entry));
    const lines = [...edits, '["torn", {"kind": "sta', '{"not": "an entry"}', ''];
    writeFileSync(file, readFileSync(file, 'utf8') + lines.join('\n'));
    resign(file);
    const reopened = openFileCache(file, '1.0.0', KEY);
    expect(reopened.loaded).toBe(2);
    for (const key of ['bad', 'worse', 'unfit', 'noReason', 'torn'])
      expect(reopened.get(key)).toBeUndefined();
    expect(reopened.get('good')).toEqual(STATUS);
    expect(reopened.get('checked')).toEqual(checked);
  });

  it('writes only the entries this run used', () => {
    const file = savedCache('prune.cache', ['old', 'kept']);
    const next = openFileCache(file, '1.0.0', KEY);
    next.get('kept');
    next.save();
    const [header, ...entries] = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(JSON.parse(header!)).toEqual({
      tool: 'arch-catalog',
      version: '1.0.0',
      format: cacheFormat(),
      mac: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(entries.map((line) => (JSON.parse(line) as [string, unknown])[0])).toEqual(['kept']);
  });

  it('writes an entry it did not change as it read it, and one it changed anew', () => {
    const file = savedCache('lines.cache', ['a', 'b']);
    // A line laid out differently but meaning the same: kept byte for byte when unchanged.
    const spaced = readFileSync(file, 'utf8').replace(/^\["a",/m, '[ "a" ,');
    writeFileSync(file, spaced);
    resign(file);
    const next = openFileCache(file, '1.0.0', KEY);
    expect(next.get('a')).toEqual(STATUS);
    const renamed = { kind: 'status', status: { ...(STATUS as StatusAnalysis).status, name: 'B' } };
    next.set('b', renamed as DocumentAnalysis);
    next.save();
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines[1]!.startsWith('[ "a" ,')).toBe(true);
    expect(JSON.parse(lines[2]!)).toEqual(['b', renamed]);
  });

  it('drops the whole file when an entry was edited without the key', () => {
    const file = savedCache('tampered.cache', ['a', 'b']);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"name":"A"', '"name":"Z"'));
    expect(openFileCache(file, '1.0.0', KEY).loaded).toBe(0);
  });

  it('drops a file signed with another key, and one with no signature', () => {
    const file = savedCache('foreign.cache', ['a']);
    expect(openFileCache(file, '1.0.0', KEY).loaded).toBe(1);
    resign(file, Buffer.alloc(32, 8));
    expect(openFileCache(file, '1.0.0', KEY).loaded).toBe(0);
    const [header, ...rest] = readFileSync(file, 'utf8').split('\n');
    const { mac: _mac, ...unsigned } = JSON.parse(header!) as Record<string, unknown>;
    writeFileSync(file, [JSON.stringify(unsigned), ...rest].join('\n'));
    expect(openFileCache(file, '1.0.0', KEY).loaded).toBe(0);
  });

  it('reads and writes nothing without a key', () => {
    const file = savedCache('keyless.cache', ['a']);
    const keyless = openFileCache(file, '1.0.0', undefined);
    expect(keyless.loaded).toBe(0);
    keyless.set('b', STATUS);
    keyless.save();
    expect(openFileCache(file, '1.0.0', KEY).get('a')).toEqual(STATUS);
  });

  it('throws on save where it cannot write (a file where a folder must be)', () => {
    const dir = path.join(temp, 'blocked');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'blocker'), '');
    const cache = openFileCache(path.join(dir, 'blocker', 'cache'), '1.0.0', KEY);
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
