export type { ParseStats } from './analyse-document.js';
export {
  buildCatalog,
  buildCatalogWithStats,
  type BuildOptions,
  type BuildResult,
} from './build-catalog.js';
export { createMemoryCache, type MemoryCache } from './cache/memory-cache.js';
export {
  cacheFormat,
  type DesignAnalysis,
  type DocumentAnalysis,
  type ParseCache,
  type StatusAnalysis,
} from './cache/parse-cache.js';
export {
  CONFIG_FILE_NAME,
  ConfigError,
  DEFAULT_CONFIG,
  DEFAULT_PATTERNS,
  DEFAULT_ROOT,
  type CatalogConfig,
} from './config/config.js';
export { loadConfig, type LoadedConfig } from './config/load-config.js';
export { RULE_IDS, RULES, type RuleId } from './rules/index.js';
export { RootNotFoundError } from './scan/scan-tree.js';
export * from './types.js';
