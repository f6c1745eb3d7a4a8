import path from 'node:path';
import { buildCatalog } from '../engine/build-catalog.js';
import type { CatalogConfig } from '../engine/config/config.js';
import { loadConfig } from '../engine/config/load-config.js';
import type { CatalogModel } from '../engine/types.js';
import type { PluginOptions } from './options.js';

export interface CatalogContent {
  model: CatalogModel;
  config: CatalogConfig;
  rootDir: string;
}

/** Where the site's catalog reads from: the plugin options first, then the config file. */
export function resolveSiteSetup(
  siteDir: string,
  options: PluginOptions,
): { config: CatalogConfig; rootDir: string; configFile: string | undefined } {
  const loaded = loadConfig(siteDir, options.config);
  const rootDir = options.root
    ? path.resolve(siteDir, options.root)
    : path.resolve(loaded.baseDir, loaded.config.root);
  return { config: loaded.config, rootDir, configFile: loaded.file };
}

export function loadCatalog(siteDir: string, options: PluginOptions): CatalogContent {
  const { config, rootDir } = resolveSiteSetup(siteDir, options);
  const displayRoot = path.relative(siteDir, rootDir).split(path.sep).join('/') || '.';
  return { model: buildCatalog({ rootDir, displayRoot, config }), config, rootDir };
}
