export { buildCatalog, type BuildOptions } from './build-catalog.js';
export {
  CONFIG_FILE_NAME,
  ConfigError,
  DEFAULT_CONFIG,
  DEFAULT_PATTERNS,
  DEFAULT_ROOT,
  type CatalogConfig,
} from './config/config.js';
export { loadConfig, type LoadedConfig } from './config/load-config.js';
export { RULES } from './rules/index.js';
export { RootNotFoundError } from './scan/scan-tree.js';
export * from './types.js';
