import { statSync } from 'node:fs';
import path from 'node:path';
import { resolveCatalogSetup, type CatalogSetup } from '../engine/config/setup.js';
import { UsageError } from './args.js';

export type Setup = CatalogSetup;

/** Config and root, or a UsageError saying in one line what is wrong. */
export function resolveSetup(
  cwd: string,
  rootFlag: string | undefined,
  configFlag: string | undefined,
): Setup {
  const setup = resolveCatalogSetup(cwd, { root: rootFlag, config: configFlag });
  if (!isDirectory(setup.rootDir)) {
    throw new UsageError(
      `root folder not found: ${path.relative(cwd, setup.rootDir) || setup.rootDir}`,
    );
  }
  return setup;
}

function isDirectory(target: string): boolean {
  try {
    return statSync(target).isDirectory();
  } catch {
    return false;
  }
}
