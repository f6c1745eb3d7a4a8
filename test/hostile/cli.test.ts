import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogModel } from '../../plugins/architecture-catalog/src/engine/types.js';
import { runCli } from '../cli/run-cli.js';
import { REPO_ROOT, tempDir } from '../helpers.js';
import {
  generateHostileCorpus,
  HEAVY_HOSTILE_CASE_NAMES,
  HOSTILE_CASE_NAMES,
  type HostileCase,
} from './corpus.js';
import { EXPECTATIONS } from './expectations.js';
import { hasControlCharacter } from './html-check.js';
import { accountFor } from './outcome.js';

const BIN = path.join(REPO_ROOT, 'plugins', 'architecture-catalog', 'bin', 'arch-catalog.js');
const STACK_TRACE = /\n\s+at /;
const LIGHT = HOSTILE_CASE_NAMES.filter((name) => !HEAVY_HOSTILE_CASE_NAMES.includes(name));

const temp = tempDir('arch-catalog-hostile-cli-');
afterAll(() => temp.cleanup());

/** The installed command, as CI runs it. */
function arch(args: readonly string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: temp.dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', GITHUB_STEP_SUMMARY: '', ...env },
    maxBuffer: 256 * 1024 * 1024,
    timeout: 600_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('arch-catalog validate over the hostile corpus', () => {
  let cases: HostileCase[];
  let model: CatalogModel;
  beforeAll(() => {
    cases = generateHostileCorpus(path.join(temp.dir, 'corpus'), { only: LIGHT });
    const run = arch(['validate', '--root', 'corpus', '--format', 'json']);
    expect(run.code, run.stderr).toBe(1);
    model = JSON.parse(run.stdout) as CatalogModel;
  }, 600_000);

  it('gives every workspace that went in', () => {
    for (const hostile of cases) {
      const account = accountFor(hostile, EXPECTATIONS[hostile.name] ?? {}, model);
      expect(account.missing, hostile.name).toEqual([]);
      const dirs = new Set(model.useCases.map((useCase) => useCase.dir));
      for (const dir of account.useCases) expect(dirs.has(dir), dir).toBe(true);
    }
  });

  it('adopts a baseline of every problem: validate --baseline then passes', () => {
    const written = arch(['baseline', '--root', 'corpus', '--out', 'hostile-baseline.json']);
    expect(written.code, written.stderr).toBe(0);
    expect(written.stderr).toBe(
      `arch-catalog: wrote ${model.diagnostics.length} problems to hostile-baseline.json\n`,
    );
    const run = arch(['validate', '--root', 'corpus', '--baseline', 'hostile-baseline.json']);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stderr).toBe(
      `arch-catalog: ${model.diagnostics.length} problems accepted by hostile-baseline.json left out\n`,
    );
  });

  it.each([
    ['pretty', (out: string) => expect(out).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings\)/)],
    ['github', (out: string) => expect(out.split('\n')[0]).toMatch(/^::(error|warning) /)],
    ['sarif', (out: string) => expect(JSON.parse(out).version).toBe('2.1.0')],
    ['junit', (out: string) => expect(out).toMatch(/^<\?xml[^]*<testsuites[^]*<\/testsuites>\s*$/)],
  ])('prints %s, exits 1, never a stack trace', (format, check) => {
    const run = arch(['validate', '--root', 'corpus', '--format', format]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(STACK_TRACE);
    check(run.stdout);
    // XML 1.0 and terminals: no control character from a document leaks out.
    expect(hasControlCharacter(run.stdout)).toBe(false);
  });

  it('writes the GitHub step summary', () => {
    const summary = path.join(temp.dir, 'summary.md');
    const run = arch(['validate', '--root', 'corpus', '--format', 'github'], {
      GITHUB_STEP_SUMMARY: summary,
    });
    expect(run.code).toBe(1);
    expect(readFileSync(summary, 'utf8')).toMatch(/error/);
  });

  it('writes the catalog with `catalog --out`, exit 0', () => {
    const run = arch(['catalog', '--root', 'corpus', '--out', 'out/catalog.json']);
    expect(run.code, run.stderr).toBe(0);
    const written = JSON.parse(readFileSync(path.join(temp.dir, 'out', 'catalog.json'), 'utf8'));
    expect(written).toEqual(model);
  });
});

describe('arch-catalog validate on each case alone', () => {
  it.each(LIGHT)('%s: exit 1 on errors, 0 without, JSON that parses', async (name) => {
    const root = path.join(temp.dir, 'each', name);
    generateHostileCorpus(root, { only: [name] });
    const run = await runCli(['validate', '--root', root, '--format', 'json']);
    const model = JSON.parse(run.stdout) as CatalogModel;
    expect(run.code).toBe(model.summary.errors > 0 ? 1 : 0);
    if (EXPECTATIONS[name]?.valid) expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('gives JSON for the heavy cases too', { timeout: 600_000 }, () => {
    generateHostileCorpus(path.join(temp.dir, 'heavy'), { only: HEAVY_HOSTILE_CASE_NAMES });
    const run = arch(['validate', '--root', 'heavy', '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as CatalogModel).useCases).toHaveLength(2);
  });
});

describe('arch-catalog on roots that are not folders', () => {
  it.each([
    ['a missing root', ['validate', '--root', 'nowhere']],
    ['a file as root', ['validate', '--root', BIN]],
    ['an unknown format', ['validate', '--root', 'corpus', '--format', 'html']],
  ])('%s: exit 2, one line, no stack trace', (_, args) => {
    const run = arch(args);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')[0]).toMatch(/^arch-catalog: /);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});
