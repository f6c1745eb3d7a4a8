import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogModel } from '../../plugins/architecture-catalog/src/engine/types.js';
import { catalogOf, tempDir } from '../helpers.js';
import {
  corpusBytes,
  generateHostileCorpus,
  generateSameIdCorpus,
  HEAVY_HOSTILE_CASE_NAMES,
  HOSTILE_CASE_NAMES,
  OUTSIDE_MARKER,
  type HostileCase,
} from './corpus.js';
import { designWithKnownWarning, FRONT_MATTER } from './corpus/cases-encoding.js';
import { DESIGN, EXPECTATIONS, rootPath } from './expectations.js';
import { accountFor, canonical, diagnosticsOf } from './outcome.js';

const temp = tempDir('arch-catalog-hostile-engine-');
afterAll(() => temp.cleanup());

interface Run {
  hostile: HostileCase;
  model: CatalogModel | undefined;
  error: unknown;
  ms: number;
  bytes: number;
}

/** Each case in its own tree, timed alone. */
function runCase(name: string): Run {
  const root = path.join(temp.dir, name, 'corpus');
  const [hostile] = generateHostileCorpus(root, { only: [name] });
  const bytes = corpusBytes(root);
  const started = performance.now();
  try {
    const model = catalogOf(root);
    return { hostile: hostile!, model, error: undefined, ms: performance.now() - started, bytes };
  } catch (error) {
    return { hostile: hostile!, model: undefined, error, ms: performance.now() - started, bytes };
  }
}

const runs = new Map<string, Run>();
afterAll(() => {
  const slowest = [...runs.values()].sort((a, b) => b.ms - a.ms).slice(0, 3);
  const line = slowest.map((run) => `${run.hostile.name} ${Math.round(run.ms)} ms`).join(', ');
  process.stdout.write(`hostile engine: slowest cases ${line}\n`);
});

describe.each(HOSTILE_CASE_NAMES)('the engine on %s', (name) => {
  let run: Run;
  beforeAll(() => {
    run = runCase(name);
    runs.set(name, run);
  }, 120_000);
  const model = (): CatalogModel => run.model!;

  // Time is the time-scaling test's (ratios in one run); a case that hangs fails its 120 s timeout.
  it('returns a model, never throws', () => {
    expect(run.error).toBeUndefined();
    expect(run.model?.schemaVersion).toBe(1);
  });

  it('accounts for every folder that went in', () => {
    const account = accountFor(run.hostile, EXPECTATIONS[name] ?? {}, model());
    expect(account.missing).toEqual([]);
    expect(
      model()
        .useCases.map((useCase) => useCase.dir)
        .sort(),
    ).toEqual(account.useCases);
  });

  it('reports what the case calls for', () => {
    const expectation = EXPECTATIONS[name];
    expect(expectation, `no expectation for ${name}`).toBeDefined();
    const found = diagnosticsOf(model());
    for (const [file, rule, message] of expectation?.diagnostics ?? []) {
      const at = rootPath(run.hostile.dir, file);
      expect(found, `${rule} on ${at}`).toContainEqual(
        expect.objectContaining({
          file: at,
          ruleId: rule,
          message: message ? expect.stringMatching(message) : expect.any(String),
        }),
      );
    }
    if (expectation?.valid) expect(model().summary.errors).toBe(0);
  });
});

describe('what hostile documents must not change', () => {
  it('reads CRLF, lone-CR and BOM designs with the line numbers of their LF twin', () => {
    const lf = designWithKnownWarning(FRONT_MATTER).split('\n');
    const row = lf.findIndex((line) => line.startsWith('| Data freshness |'));
    const column = lf[row]!.lastIndexOf('|', lf[row]!.length - 2) + 1;
    const lfNoFrontMatter = designWithKnownWarning().split('\n');
    const expected: Record<string, number> = {
      'utf8-bom': row + 1,
      'crlf-line-endings': row + 1,
      'lone-cr-line-endings':
        lfNoFrontMatter.findIndex((l) => l.startsWith('| Data freshness')) + 1,
    };
    for (const [name, line] of Object.entries(expected)) {
      const run = runs.get(name)!;
      const warning = run.model!.diagnostics.find((d) => d.ruleId === 'missing-source');
      expect(warning, name).toMatchObject({
        file: `${run.hostile.dir}/${DESIGN}`,
        line,
        column: column + 1,
      });
    }
  });

  it('keeps payloads as text in the model, and nothing from outside the root', () => {
    const json = JSON.stringify([...runs.values()].map((run) => run.model));
    expect(json).toContain('onerror=\\"window.__pwned=1\\"');
    expect(json).toContain('%%{init:');
    expect(json).not.toContain(OUTSIDE_MARKER);
    expect(json).not.toMatch(/root:x?:0:0/);
  });

  it('normalizes requirements written like JSX', () => {
    const design = runs.get('jsx-looking-text')!.model!.useCases[0]!.design!;
    expect(design.requirements.latencyMs).toBe(100);
  });

  it('reads every row and column of huge tables', () => {
    const rows = runs.get('table-50000-rows')!.model!.useCases[0]!.design!.technologies;
    expect(rows).toHaveLength(50_000);
    const wide = runs.get('table-500-columns')!.model!.useCases[0]!.design!.technologies;
    expect(wide.map((choice) => choice.technologies[0]?.name)).toEqual(['Kafka', 'Feast']);
  });

  it('keeps the symlink loops out of the documents', () => {
    for (const name of ['symlink-loop', 'symlink-loop-to-root']) {
      const run = runs.get(name)!;
      const paths = run.model!.useCases[0]!.documents.map((document) => document.path);
      expect(paths).toEqual([`${run.hostile.dir}/00_Status.md`, `${run.hostile.dir}/${DESIGN}`]);
    }
  });
});

describe('the whole corpus in one tree (but the heavy cases, already run alone)', () => {
  const light = HOSTILE_CASE_NAMES.filter((name) => !HEAVY_HOSTILE_CASE_NAMES.includes(name));
  let model: CatalogModel;
  let cases: HostileCase[];
  beforeAll(() => {
    const root = path.join(temp.dir, 'all', 'corpus');
    cases = generateHostileCorpus(root, { only: light });
    model = catalogOf(root);
  }, 300_000);

  it('says about each case what the case alone says', () => {
    const alone = light.flatMap((name) => runs.get(name)!.model!.diagnostics);
    expect(diagnosticsOf(model)).toEqual(canonical(alone));
  });

  it('keeps every use case', () => {
    const expected = cases.flatMap((hostile) => runs.get(hostile.name)!.model!.useCases.length);
    expect(model.useCases).toHaveLength(expected.reduce((a, b) => a + b, 0));
  });
});

describe('1,000 workspaces with the same id', () => {
  it('keeps all of them, each later one reported once', { timeout: 300_000 }, () => {
    const root = path.join(temp.dir, 'same-id', 'corpus');
    const [hostile] = generateSameIdCorpus(root);
    const model = catalogOf(root);
    expect(hostile!.dirs).toHaveLength(1000);
    expect(model.useCases).toHaveLength(1000);
    const duplicates = model.diagnostics.filter((d) => d.ruleId === 'duplicate-use-case-id');
    expect(duplicates).toHaveLength(999);
    expect(duplicates[0]?.message).toBe("Use case id UC-999 is already used by 'UC-999_Copy_0001'");
    expect(model.summary.errors).toBe(999);
  });
});
