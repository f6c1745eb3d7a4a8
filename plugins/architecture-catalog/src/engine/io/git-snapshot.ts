import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { catFileBatch, runGit } from './git.js';

/** git could not give what was asked: the message says what, in git's words where it has some. */
export class GitSnapshotError extends Error {}

function git(cwd: string, args: readonly string[]): Buffer {
  const run = runGit(cwd, args);
  if (run.error) {
    const missing = (run.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new GitSnapshotError(missing ? 'git is not installed' : run.error.message);
  }
  if (run.status !== 0) {
    const said = run.stderr
      .toString('utf8')
      .split('\n')
      .find((line) => line.trim() !== '');
    throw new GitSnapshotError((said ?? `git ${args[0]} failed`).replace(/^fatal: /, ''));
  }
  return run.stdout;
}

/** The top folder of the git work tree around `dir`. */
export function gitTopLevel(dir: string): string {
  return git(dir, ['rev-parse', '--show-toplevel']).toString('utf8').trim();
}

/** The commit a revision names, or a GitSnapshotError (a shallow clone may not have it). */
export function resolveCommit(top: string, revision: string): string {
  try {
    return git(top, ['rev-parse', '--verify', '--end-of-options', `${revision}^{commit}`])
      .toString('utf8')
      .trim();
  } catch {
    throw new GitSnapshotError(
      `no commit '${revision}' in this repository (in a shallow clone, fetch it first: git fetch --depth=1 origin ${revision})`,
    );
  }
}

/**
 * Writes the files under `paths` (relative to the work tree's top) as they
 * are at `commit` into `into`, at the same relative places. Regular files
 * only: symbolic links and submodules are left out. Returns how many.
 */
export function writeSnapshot(
  top: string,
  commit: string,
  paths: readonly string[],
  into: string,
): number {
  const listing = git(top, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...paths]);
  const blobs = listing
    .toString('utf8')
    .split('\0')
    .flatMap((line) => {
      const match = /^(100644|100755) blob ([0-9a-f]+)\t(.+)$/s.exec(line);
      return match ? [{ sha: match[2]!, file: match[3]! }] : [];
    });
  if (blobs.length === 0) return 0;
  const contents = catFileBatch(
    top,
    blobs.map((blob) => blob.sha),
  );
  blobs.forEach(({ file }, k) => {
    const body = contents[k];
    const target = path.join(into, ...file.split('/'));
    if (body === undefined || !target.startsWith(path.join(into, path.sep))) return;
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, body);
  });
  return blobs.length;
}
