import { createHash, randomBytes } from 'node:crypto';
import { closeSync, constants, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The variable that gives the key outright, e.g. from a CI secret. */
export const CACHE_KEY_VARIABLE = 'ARCH_CATALOG_CACHE_KEY';

const KEY_BYTES = 32;
const READ_NO_LINK = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);
const CREATE_NEW =
  constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/**
 * The key that signs cache files, kept where a repository cannot supply it:
 * `ARCH_CATALOG_CACHE_KEY` when set, else a random key made once in the
 * user's cache folder (`$XDG_CACHE_HOME` or `~/.cache`, then
 * `arch-catalog/cache-key`, mode 0600). Undefined when neither can be had:
 * then no cache file is trusted.
 */
export function cacheSigningKey(env: Record<string, string | undefined>): Buffer | undefined {
  const given = env[CACHE_KEY_VARIABLE];
  if (given) return createHash('sha256').update(given).digest();
  try {
    return readOrCreateKey(keyFile(env));
  } catch {
    return undefined;
  }
}

export function keyFile(env: Record<string, string | undefined>): string {
  const base = env.XDG_CACHE_HOME || path.join(env.HOME || os.homedir(), '.cache');
  return path.join(base, 'arch-catalog', 'cache-key');
}

function readOrCreateKey(file: string): Buffer | undefined {
  const existing = readKey(file);
  if (existing) return existing;
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const key = randomBytes(KEY_BYTES);
  try {
    const fd = openSync(file, CREATE_NEW, 0o600);
    try {
      writeSync(fd, key);
    } finally {
      closeSync(fd);
    }
    return key;
  } catch {
    return readKey(file); // another run made it first
  }
}

function readKey(file: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(file, READ_NO_LINK);
  } catch {
    return undefined;
  }
  try {
    const key = Buffer.alloc(KEY_BYTES);
    return readSync(fd, key, 0, KEY_BYTES, 0) === KEY_BYTES ? key : undefined;
  } finally {
    closeSync(fd);
  }
}
