import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { catalogJson } from '../../format/json.js';
import type * as StatusModule from '../model/status.js';
import type * as LimitsModule from '../scan/markdown-limits.js';
import { exceededLimit } from '../scan/markdown-limits.js';
import { readStatus } from '../model/status.js';
import type * as DesignDocumentModule from '../parse/design-document.js';
import { parseDesignDocument } from '../parse/design-document.js';
import { buildCatalogWithStats, type BuildOptions } from '../build-catalog.js';
import { DEFAULT_CONFIG, type CatalogConfig } from '../config/config.js';
import type { CatalogModel } from '../types.js';
import { createMemoryCache } from './memory-cache.js';
import type { DocumentAnalysis, ParseCache } from './parse-cache.js';

// Count the real parses, not only what the engine says it parsed.
vi.mock('../parse/design-document.js', async (importOriginal) => {
  const actual = await importOriginal<typeof DesignDocumentModule>();
  return { ...actual, parseDesignDocument: vi.fn(actual.parseDesignDocument) };
});
vi.mock('../scan/markdown-limits.js', async (importOriginal) => {
  const actual = await importOriginal<typeof LimitsModule>();
  return { ...actual, exceededLimit: vi.fn(actual.exceededLimit) };
});
vi.mock('../model/status.js', async (importOriginal) => {
  const actual = await importOriginal<typeof StatusModule>();
  return { ...actual, readStatus: vi.fn(actual.readStatus) };
});

const REPO = fileURLToPath(new URL('../../../../../', import.meta.url));
const SAMPLES = path.join(REPO, 'AE01_Implementations');
const MIXED = path.join(REPO, 'test', 'fixtures', 'trees', 'mixed');

const temp = mkdtempSync(path.join(os.tmpdir(), 'arch-catalog-parse-cache-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function copyOf(tree: string, name: string): string {
  const dir = path.join(temp, name);
  cpSync(tree, dir, { recursive: true });
  return dir;
}

function options(
  rootDir: string,
  cache?: ParseCache,
  config?: Partial<CatalogConfig>,
): BuildOptions {
  return { rootDir, displayRoot: 'root', config: { ...DEFAULT_CONFIG, ...config }, cache };
}

const realParses = (): number =>
  vi.mocked(parseDesignDocument).mock.calls.length + vi.mocked(readStatus).mock.calls.length;

/** Documents the engine analyses: every readable status file and design. */
function analysedDocuments(model: CatalogModel): number {
  return model.useCases
    .flatMap((useCase) => useCase.documents)
    .filter((document) => document.kind === 'status' || document.kind === 'architecture-design')
    .length;
}

/** A cache that keeps values as JSON text, as one on disk would. */
function jsonCache(): ParseCache & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    has: (key) => entries.has(key),
    get: (key) => {
      const text = entries.get(key);
      return text === undefined ? undefined : (JSON.parse(text) as DocumentAnalysis);
    },
    set: (key, value) => void entries.set(key, JSON.stringify(value)),
  };
}

const DESIGN = 'UC-003_Fraud_Detection/02_Architecture/Architecture_Design.md';
const STATUS = 'UC-001_Customer_Churn_Prediction/00_Status.md';

function edit(root: string, file: string, from: RegExp, to: string): void {
  const target = path.join(root, file);
  const before = readFileSync(target, 'utf8');
  const after = before.replace(from, to);
  expect(after).not.toBe(before);
  writeFileSync(target, after);
}

describe('buildCatalog with a parse cache', () => {
  beforeEach(() => vi.clearAllMocks());

  it('parses every document once, then only the documents that changed', () => {
    const root = copyOf(SAMPLES, 'counted');
    const cache = createMemoryCache();
    const cold = buildCatalogWithStats(options(root, cache));
    const total = analysedDocuments(cold.model);
    expect(total).toBeGreaterThan(10);
    expect(cold.stats).toMatchObject({ reused: 0 });
    expect(cold.stats.parsed).toHaveLength(total);
    expect(realParses()).toBe(total);

    const documents = cold.model.useCases.flatMap((useCase) => useCase.documents).length;
    expect(vi.mocked(exceededLimit)).toHaveBeenCalledTimes(documents);

    vi.clearAllMocks();
    const warm = buildCatalogWithStats(options(root, cache));
    expect(warm.stats).toEqual({ parsed: [], reused: total });
    expect(realParses()).toBe(0);
    expect(vi.mocked(exceededLimit)).not.toHaveBeenCalled();

    edit(root, DESIGN, /^(#+ *Architecture Design:.*)$/m, '$1 (edited)');
    edit(root, STATUS, /In Progress|Complete|Blocked|On Hold/, 'On Hold');
    vi.clearAllMocks();
    const edited = buildCatalogWithStats(options(root, cache));
    expect(edited.stats.parsed.sort()).toEqual([STATUS, DESIGN].sort());
    expect(edited.stats.reused).toBe(total - 2);
    expect(realParses()).toBe(2);
    expect(vi.mocked(exceededLimit)).toHaveBeenCalledTimes(2);
    expect(catalogJson(edited.model)).toBe(catalogJson(buildCatalogWithStats(options(root)).model));
  });

  it('parses again when the patterns or technologies of the config change', () => {
    const cache = createMemoryCache();
    const first = buildCatalogWithStats(options(SAMPLES, cache));
    const renamed = buildCatalogWithStats(
      options(SAMPLES, cache, { patterns: [...DEFAULT_CONFIG.patterns, 'Lambda Architecture'] }),
    );
    expect(renamed.stats.parsed).toEqual(first.stats.parsed);
    const severities = buildCatalogWithStats(
      options(SAMPLES, cache, { rules: { 'section-order': 'off' } }),
    );
    expect(severities.stats.parsed).toEqual([]);
  });

  it.each([
    ['the sample workspaces', SAMPLES],
    ['a tree with errors', MIXED],
  ])('gives byte-identical output with and without a cache: %s', (_name, root) => {
    const plain = buildCatalogWithStats(options(root)).model;
    const memory = createMemoryCache();
    const disk = jsonCache();
    for (const cache of [memory, memory, disk, disk]) {
      const model = buildCatalogWithStats(options(root, cache)).model;
      expect(catalogJson(model)).toBe(catalogJson(plain));
      expect(model).toEqual(plain);
    }
    const kinds = [...disk.entries.values()].map(
      (entry) => (JSON.parse(entry) as DocumentAnalysis).kind,
    );
    expect(kinds.filter((kind) => kind !== 'checked')).toHaveLength(analysedDocuments(plain));
    // What the scan's checks found, one entry per document read.
    expect(kinds.filter((kind) => kind === 'checked')).toHaveLength(
      plain.useCases.flatMap((useCase) => useCase.documents).length,
    );
  });

  it('reports what the checks found in a document the same, checked or cached', () => {
    const root = copyOf(SAMPLES, 'checked');
    const handoff = path.join(root, 'UC-001_Customer_Churn_Prediction', '01_Handoff');
    writeFileSync(path.join(handoff, 'Bad_Front_Matter.md'), '---\ntitle: [unclosed\n---\n# x\n');
    writeFileSync(path.join(handoff, 'Deep.md'), `${'> '.repeat(40)}deep\n`);
    const plain = catalogJson(buildCatalogWithStats(options(root)).model);
    expect(plain).toContain('has invalid YAML front matter');
    expect(plain).toContain('nests lists or block quotes 40 deep');
    const disk = jsonCache();
    for (const cache of [disk, disk]) {
      expect(catalogJson(buildCatalogWithStats(options(root, cache)).model)).toBe(plain);
    }
  });

  it('does not share objects between the models it builds', () => {
    const cache = createMemoryCache();
    const first = buildCatalogWithStats(options(SAMPLES, cache)).model;
    const before = catalogJson(first);
    for (const useCase of first.useCases) useCase.design?.patterns.push('Mutated');
    const second = buildCatalogWithStats(options(SAMPLES, cache)).model;
    expect(catalogJson(second)).toBe(before);
  });
});
