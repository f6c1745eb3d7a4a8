import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  CONFIG_FILE_NAME,
  ConfigError,
  DEFAULT_CONFIG,
  toConfig,
  type CatalogConfig,
} from './config.js';

export interface LoadedConfig {
  config: CatalogConfig;
  /** Absolute path of the file read, or undefined when the defaults were used. */
  file: string | undefined;
  /** The folder relative paths in the config resolve against. */
  baseDir: string;
}

/**
 * Reads an explicit config file (which must exist), or
 * `architecture-catalog.config.yaml` in `cwd` when there is one.
 */
export function loadConfig(cwd: string, explicitFile?: string): LoadedConfig {
  const file = explicitFile ? path.resolve(cwd, explicitFile) : path.join(cwd, CONFIG_FILE_NAME);
  if (!existsSync(file)) {
    if (explicitFile) throw new ConfigError(`config file not found: ${explicitFile}`);
    return { config: DEFAULT_CONFIG, file: undefined, baseDir: cwd };
  }
  let value: unknown;
  try {
    value = parse(readFileSync(file, 'utf8'), { maxAliasCount: 50 });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n', 1)[0] : String(error);
    throw new ConfigError(`${path.relative(cwd, file) || file}: invalid YAML: ${reason}`);
  }
  return {
    config: toConfig(value, path.relative(cwd, file) || file),
    file,
    baseDir: path.dirname(file),
  };
}
