import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
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

/** The file's YAML as plain data; warnings (an unknown tag) refuse it as errors do. */
function readYaml(file: string, where: string): unknown {
  try {
    const document = parseDocument(readFileSync(file, 'utf8'), { logLevel: 'silent' });
    const problem = document.errors[0] ?? document.warnings[0];
    if (problem) throw problem;
    return document.toJS({ maxAliasCount: 50 });
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n', 1)[0] ?? '') : String(error);
    throw new ConfigError(`${where}: invalid YAML: ${reason.replace(/:$/, '')}`);
  }
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
  const where = path.relative(cwd, file) || file;
  return {
    config: toConfig(readYaml(file, where), where),
    file,
    baseDir: path.dirname(file),
  };
}
