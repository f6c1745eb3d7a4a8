import path from 'node:path';
import { buildCatalogWithStats } from '../engine/build-catalog.js';
import { cacheSigningKey, CACHE_KEY_VARIABLE, keyFile } from '../engine/cache/cache-key.js';
import { openFileCache } from '../engine/cache/file-cache.js';
import type { CatalogModel } from '../engine/types.js';
import type { RunSettings } from './args.js';
import type { CliIo } from './io.js';
import { progressLine } from './progress.js';
import type { Setup } from './resolve-setup.js';
import { toolVersion } from './version.js';

/**
 * The catalog of a setup, through the cache file when asked. A cache that cannot be written costs the next run time, not this
 * run its result: it is said on stderr, and the run goes on.
 */
export function buildForCli(setup: Setup, run: RunSettings, io: CliIo): CatalogModel {
  const cacheFile = run.cacheFile && path.resolve(io.cwd, run.cacheFile);
  const cache = cacheFile ? openFileCache(cacheFile, toolVersion(), signingKey(io)) : undefined;
  const progress = progressLine(io.stderr);
  const { model } = buildCatalogWithStats({ ...setup, cache, onProgress: progress.update });
  progress.clear();
  try {
    cache?.save();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr.write(`arch-catalog: could not write the cache ${run.cacheFile}: ${reason}\n`);
  }
  return model;
}

/** The cache's signing key; without one the cache is off, and the run says so. */
function signingKey(io: CliIo): Buffer | undefined {
  const key = cacheSigningKey(io.env);
  if (!key)
    io.stderr.write(
      `arch-catalog: the cache is off: no signing key in ${CACHE_KEY_VARIABLE} and none could be made at ${keyFile(io.env)}\n`,
    );
  return key;
}
