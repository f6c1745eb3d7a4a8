import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/generate-corpus.mjs';
import { REPO_ROOT, tempDir } from '../helpers.js';

const BIN = path.join(REPO_ROOT, 'plugins', 'architecture-catalog', 'bin', 'arch-catalog.js');
const temp = tempDir('arch-catalog-cache-');
afterAll(() => temp.cleanup());
/** Designs, some with defects. */
const COUNT = 120;

/** The installed command: the compiled engine. */
function arch(args: readonly string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: temp.dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
  generateCorpus({ out: path.join(temp.dir, 'corpus'), count: COUNT, seed: 7, defects: 0.3 });
});

describe('--cache', () => {
  /** The `n`th workspace's design, in name order. */
  const design = (n: number): string => {
    const dir = readdirSync(path.join(temp.dir, 'corpus')).sort()[n]!;
    return path.join(temp.dir, 'corpus', dir, '02_Architecture', 'Architecture_Design.md');
  };

  it('writes the cache file and gives the same output warm, and after an edit, as without', () => {
    const args = ['validate', '--root', 'corpus', '--format', 'json'];
    const cold = arch([...args, '--cache']);
    expect(existsSync(path.join(temp.dir, '.arch-catalog-cache'))).toBe(true);
    const warm = arch([...args, '--cache']);
    expect(warm.stdout).toBe(cold.stdout);

    const file = design(3);
    const text = readFileSync(file, 'utf8');
    const changed = text.replace(/^#+ .*$/m, '# Notes');
    expect(changed).not.toBe(text);
    writeFileSync(file, changed);
    const edited = arch([...args, '--cache']);
    const uncached = arch(args);
    expect(edited.stdout).not.toBe(cold.stdout);
    expect(edited.stdout).toBe(uncached.stdout);
    writeFileSync(file, text);
  });

  it('takes another location, and says so when it cannot write there, without failing the run', () => {
    const at = arch(['catalog', '--root', 'corpus', '--cache', '--cache-location', 'c/x.json']);
    expect(at.code).toBe(0);
    const header = readFileSync(path.join(temp.dir, 'c', 'x.json'), 'utf8').split('\n')[0]!;
    expect((JSON.parse(header) as { tool: string }).tool).toBe('arch-catalog');
    writeFileSync(path.join(temp.dir, 'file'), '');
    const blocked = arch(['catalog', '--root', 'corpus', '--cache', '--cache-location', 'file/x']);
    expect(blocked.code).toBe(0);
    expect(blocked.stderr).toMatch(/could not write the cache file\/x/);
    expect(JSON.parse(blocked.stdout).useCases).toHaveLength(COUNT);
  });

  it('needs --cache for --cache-location', () => {
    const run = arch(['validate', '--root', 'corpus', '--cache-location', 'x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--cache-location needs --cache/);
  });
});
