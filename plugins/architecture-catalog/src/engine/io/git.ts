import { spawnSync } from 'node:child_process';

/** Output of up to 1 GB: the documents of 10,000 use cases are about 80 MB. */
const MAX_BUFFER = 1024 ** 3;

/** One git command, run to its end; its status, output and error as `spawnSync` gives them. */
export function runGit(cwd: string, args: readonly string[], input?: string | Buffer) {
  return spawnSync('git', args, { cwd, input, maxBuffer: MAX_BUFFER });
}

/**
 * Objects by name (`<commit>:<path>`, or a blob's hash) through one
 * `git cat-file --batch`: each one's bytes, or undefined where git has none.
 */
export function catFileBatch(cwd: string, names: readonly string[]): (Buffer | undefined)[] {
  if (names.length === 0) return [];
  if (names.some((name) => name.includes('\n'))) return names.map(() => undefined);
  const out = runGit(
    cwd,
    ['cat-file', '--batch'],
    names.map((name) => `${name}\n`).join(''),
  ).stdout;
  const objects: (Buffer | undefined)[] = [];
  let at = 0;
  for (let i = 0; i < names.length; i += 1) {
    const headerEnd = out.indexOf(0x0a, at);
    if (headerEnd < 0) {
      objects.push(undefined);
      continue;
    }
    const header = out.toString('utf8', at, headerEnd);
    if (/ (missing|ambiguous)$/.test(header)) {
      objects.push(undefined);
      at = headerEnd + 1;
      continue;
    }
    const size = Number(header.split(' ')[2]);
    objects.push(out.subarray(headerEnd + 1, headerEnd + 1 + size));
    at = headerEnd + 1 + size + 1;
  }
  return objects;
}
