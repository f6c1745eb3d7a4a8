import { catFileBatch, runGit } from './git.js';
import path from 'node:path';

/** A commit that touched the tree: who, when, why, and which files (root-relative). */
export interface TreeCommit {
  hash: string;
  /** Seconds since the epoch, as git's `%ct`. */
  time: number;
  author: string;
  subject: string;
  files: string[];
}

/** The tree's commits, newest first, or why there are none. */
export interface TreeHistory {
  commits: TreeCommit[];
  /** A shallow clone: the oldest commits are missing, and the history says so. */
  shallow: boolean;
  unavailable: string | null;
  /** The design's text at a commit, by root-relative path; undefined where it did not exist. */
  readAt(commits: readonly { hash: string; file: string }[]): (string | undefined)[];
}

const RECORD = '\x1e';
const FIELD = '\x1f';

/** The commit checked out around `dir`, or null outside git or before the first commit. */
export function headCommit(dir: string): string | null {
  const run = runGit(dir, ['rev-parse', '--verify', 'HEAD']);
  return run.status === 0 ? run.stdout.toString('utf8').trim() : null;
}

/**
 * Every commit that touched a file under `rootDir`, from one `git log`, and
 * a reader of files at those commits (one `git cat-file` per call). Outside
 * git, or without git, empty and `unavailable` says why: history is a
 * nicety, never a failure.
 */
export function treeHistory(rootDir: string): TreeHistory {
  const none = (unavailable: string): TreeHistory => ({
    commits: [],
    shallow: false,
    unavailable,
    readAt: (wanted) => wanted.map(() => undefined),
  });
  const top = runGit(rootDir, ['rev-parse', '--show-toplevel']);
  if (top.error) return none('git is not installed');
  if (top.status !== 0) return none(`${rootDir} is not in a git repository`);
  const log = runGit(rootDir, [
    'log',
    `--format=${RECORD}%H${FIELD}%ct${FIELD}%an${FIELD}%s`,
    '--name-only',
    '-z',
    '--no-renames',
    '--relative',
    '--',
    '.',
  ]);
  if (log.status !== 0) return none(`git log failed in ${rootDir}`);
  const prefix = path
    .relative(top.stdout.toString('utf8').trim(), rootDir)
    .split(path.sep)
    .join('/');
  const shallow =
    runGit(rootDir, ['rev-parse', '--is-shallow-repository']).stdout.toString('utf8').trim() ===
    'true';
  return {
    commits: parseLog(log.stdout.toString('utf8')),
    shallow,
    unavailable: null,
    readAt: (wanted) => readBlobs(rootDir, prefix, wanted),
  };
}

function parseLog(text: string): TreeCommit[] {
  return text
    .split(RECORD)
    .filter((record) => record !== '')
    .map((record) => {
      const [header = '', ...names] = record.split('\0');
      const [hash = '', time = '0', author = '', subject = ''] = header.split(FIELD);
      const files = names.map((name) => name.replace(/^\n/, '')).filter((name) => name !== '');
      return { hash, time: Number(time), author, subject, files };
    });
}

/** Each `<commit>:<root>/<file>` through one `git cat-file --batch`; missing ones are undefined. */
function readBlobs(
  cwd: string,
  prefix: string,
  wanted: readonly { hash: string; file: string }[],
): (string | undefined)[] {
  const names = wanted.map(({ hash, file }) => `${hash}:${prefix ? `${prefix}/` : ''}${file}`);
  return catFileBatch(cwd, names).map((blob) => blob?.toString('utf8'));
}
