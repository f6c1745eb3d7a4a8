import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The newest commit that touched a file. */
export interface LastUpdate {
  /** Seconds since the epoch, as git's `%ct`. */
  time: number;
  author: string;
}

// `git log -z --name-only` writes each commit as `\x1e<time>\x1f<author>\0` then
// `\n<path>\0<path>\0...`: a header token, then its paths (the first after a newline).
const HEADER_START = '\x1e';
const HEADER_SPLIT = '\x1f';

function headerOf(token: string): LastUpdate | undefined {
  if (!token.startsWith(HEADER_START)) return undefined;
  const split = token.indexOf(HEADER_SPLIT);
  const time = token.slice(1, split);
  if (split < 0 || !/^\d+$/.test(time)) return undefined;
  return { time: Number(time), author: token.slice(split + 1) };
}

/** The last commits of a tree, or why git could not give them. */
export interface GitHistory {
  /** Each committed file's last commit, by its `/`-separated path relative to the tree. */
  updates: Map<string, LastUpdate>;
  /** Why there are none, e.g. `git is not installed`; null when git answered. */
  unavailable: string | null;
}

/**
 * The last commit of every file under `dir`, from one `git log` over the
 * tree (not one per file, as a thousand workspaces would need thousands).
 * Outside a git work tree or without git the map is empty and `unavailable`
 * says why: the dates are a nicety, never a failure.
 */
export function gitLastUpdates(dir: string, git = 'git'): Promise<GitHistory> {
  const args = ['log', '--format=%x1e%ct%x1f%an', '--name-only', '-z', '--no-renames'];
  if (!existsSync(dir))
    return Promise.resolve({ updates: new Map(), unavailable: `${dir} does not exist` });
  return new Promise((resolve) => {
    const updates = new Map<string, LastUpdate>();
    let current: LastUpdate | undefined;
    let pending = '';
    let firstPath = false;
    let errors = '';
    const take = (token: string): void => {
      const header = headerOf(token);
      if (header) {
        current = header;
        firstPath = true;
        return;
      }
      const path = firstPath ? token.replace(/^\n/, '') : token;
      firstPath = false;
      if (current && path !== '' && !updates.has(path)) updates.set(path, current);
    };
    const child = spawn(git, [...args, '--relative', '--', '.'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const tokens = (pending + chunk).split('\0');
      pending = tokens.pop()!;
      tokens.forEach(take);
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (errors.length < 1000) errors += chunk;
    });
    child.on('error', (error: NodeJS.ErrnoException) =>
      resolve({
        updates: new Map(),
        unavailable:
          error.code === 'ENOENT' ? 'git is not installed' : `git did not run: ${error.message}`,
      }),
    );
    child.on('close', (code) => {
      take(pending);
      if (code === 0) resolve({ updates, unavailable: null });
      else resolve({ updates: new Map(), unavailable: whyGitFailed(dir, errors) });
    });
  });
}

/** git's own first line of complaint, in words a site's author can act on. */
function whyGitFailed(dir: string, errors: string): string {
  const first = errors
    .split('\n')
    .find((line) => line.trim() !== '')
    ?.replace(/^fatal: /, '');
  if (first && /not a git repository/i.test(first)) return `${dir} is not in a git repository`;
  return `git log failed in ${dir}${first ? `: ${first}` : ''}`;
}
