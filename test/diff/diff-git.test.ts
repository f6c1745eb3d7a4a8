import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { tempDir, writeTree } from '../helpers.js';
import { gitIn } from '../git.js';
import { BASE_TREE, HEAD_TREE } from './trees.js';

const temp = tempDir('arch-catalog-diff-git-');
afterAll(() => temp.cleanup());
const repo = path.join(temp.dir, 'repo');
const ROOT = 'AE01_Implementations';

function git(cwd: string, ...args: string[]): string {
  return gitIn(cwd, args);
}

/** Makes the root hold exactly `tree` (and the config `config`, if any), and commits it. */
function commitTree(tree: Record<string, string>, config?: string): void {
  rmSync(path.join(repo, ROOT), { recursive: true, force: true });
  writeTree(path.join(repo, ROOT), tree);
  if (config !== undefined)
    writeFileSync(path.join(repo, 'architecture-catalog.config.yaml'), config);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'change');
}

beforeAll(() => {
  git(temp.dir, 'init', '-q', repo);
  writeFileSync(path.join(repo, 'README.md'), 'A repository before any workspace.\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'start'); // HEAD~3: no root yet
  commitTree(BASE_TREE); // HEAD~2
  commitTree(HEAD_TREE); // HEAD~1
  commitTree(HEAD_TREE, 'radar:\n  - { name: Kinesis, ring: hold, replacedBy: Kafka }\n'); // HEAD
});

const diff = (...args: string[]) => runCli(['diff', ...args], { cwd: repo });

/** The same diff from catalogs of the same trees, written out and compared as files. */
async function diffOfFiles(format: string): Promise<string> {
  const dir = path.join(temp.dir, 'files');
  for (const [side, tree] of [
    ['base', BASE_TREE],
    ['head', HEAD_TREE],
  ] as const) {
    writeTree(path.join(dir, side, ROOT), tree);
    await runCli(['catalog', '--out', `../${side}.json`], { cwd: path.join(dir, side) });
  }
  const run = await runCli(
    ['diff', '--base-json', 'base.json', '--head-json', 'head.json', '--format', format],
    { cwd: dir },
  );
  return run.stdout;
}

describe('arch-catalog diff between git revisions', () => {
  it('reads each revision with git and says what changed, as from catalog files', async () => {
    const run = await diff('--base', 'HEAD~2', '--head', 'HEAD~1', '--format', 'markdown');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('3 use cases changed, 1 added, 1 removed; 1 new error, 1 fixed');
    expect(run.stdout).toBe(await diffOfFiles('markdown'));
  });

  it('reads the config of each revision: a radar added puts a technology on hold', async () => {
    const run = await diff('--base', 'HEAD~1', '--head', 'HEAD');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'UC-001 Alpha',
        '  New warning: Kinesis is on hold on the technology radar (technology-on-hold) at AE01_Implementations/UC-001_Alpha/02_Architecture/Architecture_Design.md:49:21',
        '',
        '1 use case changed, 0 added, 0 removed; 1 new warning',
        '',
      ].join('\n'),
    );
  });

  it('compares with the files as they are when no --head is given', async () => {
    writeTree(path.join(repo, ROOT), {
      'UC-007_Eta/00_Status.md': '# Implementation Status: Eta\n',
    });
    try {
      const run = await diff('--base', 'HEAD');
      expect(run.stdout).toMatch(/^UC-007 Eta\n {2}added\n/m);
    } finally {
      rmSync(path.join(repo, ROOT, 'UC-007_Eta'), { recursive: true });
    }
  });

  it('reads a revision without the root as an empty catalog', async () => {
    const run = await diff('--base', 'HEAD~3', '--head', 'HEAD~2');
    expect(run.stdout).toMatch(/0 use cases changed, 5 added, 0 removed/);
  });

  it('says what it cannot see in a shallow clone, and outside git', async () => {
    const shallow = path.join(temp.dir, 'shallow');
    git(temp.dir, 'clone', '-q', '--depth', '1', `file://${repo}`, shallow);
    const run = await runCli(['diff', '--base', 'HEAD~1'], { cwd: shallow });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^arch-catalog: diff: no commit 'HEAD~1' in this repository \(in a shallow clone, fetch it first: git fetch --depth=1 origin HEAD~1\)\n/,
    );
    const outside = path.join(temp.dir, 'outside', ROOT);
    writeTree(outside, BASE_TREE);
    const plain = await runCli(['diff', '--base', 'HEAD'], { cwd: path.dirname(outside) });
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/^arch-catalog: diff: not a git repository/);
  });

  it('refuses to mix revisions and catalog files', async () => {
    const run = await diff('--base', 'HEAD', '--head-json', 'x.json');
    expect(run).toMatchObject({ code: 2 });
    expect(run.stderr).toMatch(/diff takes --base\/--head or --base-json\/--head-json, not both/);
  });
});
