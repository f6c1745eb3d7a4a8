import { statSync } from 'node:fs';
import path from 'node:path';
import type { CatalogConfig } from '../engine/config/config.js';
import { loadConfig } from '../engine/config/load-config.js';
import { UsageError } from './args.js';

export interface Setup {
  config: CatalogConfig;
  rootDir: string;
  /** The root as shown in output: relative to the working directory, `/`-separated. */
  displayRoot: string;
}

/** Config and root, or a UsageError saying in one line what is wrong. */
export function resolveSetup(
  cwd: string,
  rootFlag: string | undefined,
  configFlag: string | undefined,
): Setup {
  const loaded = loadConfig(cwd, configFlag);
  const rootDir = rootFlag
    ? path.resolve(cwd, rootFlag)
    : path.resolve(loaded.baseDir, loaded.config.root);
  if (!isDirectory(rootDir)) {
    throw new UsageError(`root folder not found: ${path.relative(cwd, rootDir) || rootDir}`);
  }
  return { config: loaded.config, rootDir, displayRoot: displayPath(cwd, rootDir) };
}

export function displayPath(cwd: string, target: string): string {
  const relative = path.relative(cwd, target);
  return relative === '' ? '.' : relative.split(path.sep).join('/');
}

function isDirectory(target: string): boolean {
  try {
    return statSync(target).isDirectory();
  } catch {
    return false;
  }
}
