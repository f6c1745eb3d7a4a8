import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirEach } from './__fixtures__/temp-dir.js';
import { gitLastUpdates } from './git-last-updates.js';

const dir = tempDirEach('arch-catalog-git-');

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', args, {
    cwd,
    stdio: 'ignore',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' },
  });
}

/** Writes the files and commits them as `author` at `time` (seconds). */
function commit(repo: string, author: string, time: number, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), text);
  }
  const date = `${time} +0000`;
  process.env.GIT_AUTHOR_DATE = process.env.GIT_COMMITTER_DATE = date;
  try {
    git(repo, 'add', '-A');
    git(repo, '-c', `user.name=${author}`, '-c', 'user.email=a@example.com', 'commit', '-qm', 'c');
  } finally {
    delete process.env.GIT_AUTHOR_DATE;
    delete process.env.GIT_COMMITTER_DATE;
  }
}

describe('gitLastUpdates', () => {
  it('gives each file its newest commit, paths relative to the folder asked about', async () => {
    const repo = dir();
    git(repo, 'init', '-q');
    commit(repo, 'Ann', 1_700_000_000, {
      'tree/UC-001_A/00_Status.md': 'a',
      'tree/UC-001_A/02_Architecture/Architecture_Design.md': 'a',
      'outside.md': 'a',
    });
    commit(repo, 'Bob Builder', 1_700_086_400, {
      'tree/UC-001_A/02_Architecture/Architecture_Design.md': 'b',
      'tree/UC-002 B/ü ber\nline.md': 'b',
    });
    const { updates, unavailable } = await gitLastUpdates(path.join(repo, 'tree'));
    expect(unavailable).toBeNull();
    expect(Object.fromEntries(updates)).toEqual({
      'UC-001_A/00_Status.md': { time: 1_700_000_000, author: 'Ann' },
      'UC-001_A/02_Architecture/Architecture_Design.md': {
        time: 1_700_086_400,
        author: 'Bob Builder',
      },
      'UC-002 B/ü ber\nline.md': { time: 1_700_086_400, author: 'Bob Builder' },
    });
  });

  it('leaves out files never committed', async () => {
    const repo = dir();
    git(repo, 'init', '-q');
    commit(repo, 'Ann', 1_700_000_000, { 'a.md': 'a' });
    writeFileSync(path.join(repo, 'new.md'), 'n');
    expect([...(await gitLastUpdates(repo)).updates.keys()]).toEqual(['a.md']);
  });

  it('is empty outside a git work tree, and says why', async () => {
    const outside = dir();
    expect(await gitLastUpdates(outside)).toEqual({
      updates: new Map(),
      unavailable: `${outside} is not in a git repository`,
    });
  });

  it('is empty for a folder that does not exist, and says why', async () => {
    const missing = path.join(dir(), 'missing');
    expect(await gitLastUpdates(missing)).toEqual({
      updates: new Map(),
      unavailable: `${missing} does not exist`,
    });
  });

  it('is empty without git, and says why', async () => {
    expect(await gitLastUpdates(dir(), 'arch-catalog-no-such-git')).toEqual({
      updates: new Map(),
      unavailable: 'git is not installed',
    });
  });

  it("is empty in a repository without commits, with git's own reason", async () => {
    const repo = dir();
    git(repo, 'init', '-q');
    const { updates, unavailable } = await gitLastUpdates(repo);
    expect(updates.size).toBe(0);
    expect(unavailable).toMatch(new RegExp(`^git log failed in ${repo}: .*commits`));
  });
});
