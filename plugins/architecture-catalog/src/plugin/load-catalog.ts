import path from 'node:path';
import type { ParseStats } from '../engine/analyse-document.js';
import { buildCatalogInParallel } from '../engine/build-catalog-parallel.js';
import type { ParseCache } from '../engine/cache/parse-cache.js';
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

/**
 * The catalog of the site's tree, designs parsed on worker threads; with a
 * cache, unchanged documents are not parsed again.
 */
export async function loadCatalog(
  siteDir: string,
  options: PluginOptions,
  cache?: ParseCache,
): Promise<{ content: CatalogContent; stats: ParseStats }> {
  const { config, rootDir } = resolveSiteSetup(siteDir, options);
  const displayRoot = path.relative(siteDir, rootDir).split(path.sep).join('/') || '.';
  const build = { rootDir, displayRoot, config, cache };
  const { model, stats } = await buildCatalogInParallel(build);
  return { content: { model, config, rootDir }, stats };
}
