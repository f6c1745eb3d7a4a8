import { spawn } from 'node:child_process';

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

/**
 * The last commit of every file under `dir`, by its `/`-separated path
 * relative to `dir`, from one `git log` over the tree (not one per file, as
 * a thousand workspaces would need thousands). Empty when `dir` is not in a
 * git work tree or git is missing: the dates are a nicety, never a failure.
 */
export function gitLastUpdates(dir: string): Promise<Map<string, LastUpdate>> {
  const args = ['log', '--format=%x1e%ct%x1f%an', '--name-only', '-z', '--no-renames'];
  return new Promise((resolve) => {
    const updates = new Map<string, LastUpdate>();
    let current: LastUpdate | undefined;
    let pending = '';
    let firstPath = false;
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
    const git = spawn('git', [...args, '--relative', '--', '.'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    git.stdout.setEncoding('utf8');
    git.stdout.on('data', (chunk: string) => {
      const tokens = (pending + chunk).split('\0');
      pending = tokens.pop()!;
      tokens.forEach(take);
    });
    git.on('error', () => resolve(new Map()));
    git.on('close', (code) => {
      take(pending);
      resolve(code === 0 ? updates : new Map());
    });
  });
}
