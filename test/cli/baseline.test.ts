import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, tempDir } from '../helpers.js';
import { runCli } from './run-cli.js';

const temp = tempDir('arch-catalog-baseline-');
afterAll(() => temp.cleanup());
const ROOT = path.join(temp.dir, 'AE01_Implementations');
const DESIGN = path.join(ROOT, 'UC-900_Unfilled', '02_Architecture', 'Architecture_Design.md');
const arch = (...args: string[]) => runCli(args, { cwd: temp.dir, env: { NO_COLOR: '1' } });

/** The template as the assistant leaves it: 30 errors, counted by `validate` below. */
beforeAll(async () => {
  cpSync(fixture('unfilled-template'), ROOT, { recursive: true });
  const before = await arch('validate', '--format', 'json');
  expect(JSON.parse(before.stdout).summary.errors).toBe(30);
  expect((await arch('baseline')).stderr).toBe(
    'arch-catalog: wrote 30 problems to .arch-catalog-baseline.json\n',
  );
});

describe('a baseline', () => {
  it('lets an unfilled design pass as it is, saying what it left out', async () => {
    const run = await arch('validate', '--baseline', '.arch-catalog-baseline.json');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/✔ 1 use case, 2 documents: no problems/);
    expect(run.stderr).toBe(
      'arch-catalog: 30 problems accepted by .arch-catalog-baseline.json left out\n',
    );
  });

  it('still accepts them when unrelated lines move', async () => {
    const text = readFileSync(DESIGN, 'utf8');
    writeFileSync(DESIGN, text.replace(/\n## /, '\nAn added paragraph.\n\nAnd another.\n\n## '));
    try {
      const run = await arch('validate', '--baseline', '.arch-catalog-baseline.json');
      expect(run.code, run.stdout).toBe(0);
    } finally {
      writeFileSync(DESIGN, text);
    }
  });

  it('fails on a new error, and names only that one', async () => {
    const text = readFileSync(DESIGN, 'utf8');
    writeFileSync(DESIGN, text.replace(/\*\*Rationale:\*\*[^\n]*/, '**Rationale:**'));
    try {
      const run = await arch('validate', '--baseline', '.arch-catalog-baseline.json');
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/missing-rationale/);
      expect(run.stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings\)/);
    } finally {
      writeFileSync(DESIGN, text);
    }
  });

  it('reports the entries a fix made stale, and --prune drops them', async () => {
    const file = path.join(temp.dir, 'pruned.json');
    cpSync(path.join(temp.dir, '.arch-catalog-baseline.json'), file);
    const text = readFileSync(DESIGN, 'utf8');
    const fixed = text.replace('[Description and approach]', 'Features are computed nightly');
    expect(fixed).not.toBe(text);
    writeFileSync(DESIGN, fixed);
    try {
      const stale = await arch('validate', '--baseline', 'pruned.json');
      expect(stale.code).toBe(0);
      expect(stale.stderr).toMatch(
        /^arch-catalog: \d+ problems accepted by pruned\.json left out; 1 entry no longer occurs: run with --prune to drop it\n$/,
      );
      const before = JSON.parse(readFileSync(file, 'utf8')).entries.length;
      const pruned = await arch('validate', '--baseline', 'pruned.json', '--prune');
      expect(pruned.stderr).toMatch(/; dropped 1 entry that no longer occurs\n$/);
      expect(JSON.parse(readFileSync(file, 'utf8')).entries.length).toBe(before - 1);
      expect((await arch('validate', '--baseline', 'pruned.json')).stderr).not.toMatch(/--prune/);
    } finally {
      writeFileSync(DESIGN, text);
    }
  });

  it.each([
    [['validate', '--prune'], /--prune needs --baseline FILE/],
    [
      ['validate', '--baseline', 'missing.json'],
      /baseline file not found: missing.json \(write one with arch-catalog baseline\)/,
    ],
  ])('refuses %j with exit 2', async (argv, message) => {
    const run = await arch(...argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('refuses a file that is not a baseline', async () => {
    writeFileSync(path.join(temp.dir, 'other.json'), '{"entries": []}');
    const run = await arch('validate', '--baseline', 'other.json');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /other.json: not a baseline \(write one with arch-catalog baseline\)/,
    );
  });
});
