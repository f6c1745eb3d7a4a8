import path from 'node:path';
import type { CatalogConfig } from './config.js';
import { loadConfig } from './load-config.js';

/** What a run reads: the config, and the root of the workspace tree. */
export interface CatalogSetup {
  config: CatalogConfig;
  /** Absolute path of the config file read, or undefined when the defaults were used. */
  configFile: string | undefined;
  /** Absolute. */
  rootDir: string;
  /** The root as the output names it: relative to the base folder, `/`-separated, `.` for itself. */
  displayRoot: string;
}

export interface SetupChoices {
  /** The root given by the user (a CLI flag, a plugin option); wins over the config's. */
  root?: string | undefined;
  /** The config file given by the user; else `architecture-catalog.config.yaml` if present. */
  config?: string | undefined;
}

/**
 * Config and root for a run from `baseDir` (the working directory of the
 * CLI, the site folder of the plugin). A root given by the user resolves
 * against `baseDir`; the config's `root` against the config file's folder.
 */
export function resolveCatalogSetup(baseDir: string, choices: SetupChoices): CatalogSetup {
  const loaded = loadConfig(baseDir, choices.config);
  const rootDir = choices.root
    ? path.resolve(baseDir, choices.root)
    : path.resolve(loaded.baseDir, loaded.config.root);
  return {
    config: loaded.config,
    configFile: loaded.file,
    rootDir,
    displayRoot: displayPath(baseDir, rootDir),
  };
}

/** `target` relative to `from`, `/`-separated; `.` when they are the same folder. */
export function displayPath(from: string, target: string): string {
  const relative = path.relative(from, target);
  return relative === '' ? '.' : relative.split(path.sep).join('/');
}
