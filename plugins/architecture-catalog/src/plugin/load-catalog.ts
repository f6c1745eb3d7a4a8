import type { ParseStats } from '../engine/analyse-document.js';
import { historySource, type HistoryMemo } from './history-source.js';
import type { HistorySource } from '../views/history-view.js';
import { buildCatalogWithStats } from '../engine/build-catalog.js';
import { gitLastUpdates, type GitHistory } from '../engine/io/git-last-updates.js';
import type { ParseCache } from '../engine/cache/parse-cache.js';
import type { CatalogConfig } from '../engine/config/config.js';
import { resolveCatalogSetup, type CatalogSetup } from '../engine/config/setup.js';
import { createTechnologyIndex, type TechnologyIndex } from '../engine/technologies/index.js';
import type { CatalogModel } from '../engine/types.js';
import type { PluginOptions } from './options.js';

export interface CatalogContent {
  model: CatalogModel;
  config: CatalogConfig;
  rootDir: string;
  /** The index the model was built with; the views name technologies with it too. */
  technologies: TechnologyIndex;
  /** The last commit of each document (root-relative path); null unless the site shows them. */
  history: GitHistory | null;
  /** Each use case's commits and what they did to its design; null unless the site shows them. */
  useCaseHistory: HistorySource | null;
}

/** Where the site's catalog reads from: the plugin options first, then the config file. */
export function resolveSiteSetup(siteDir: string, options: PluginOptions): CatalogSetup {
  return resolveCatalogSetup(siteDir, { root: options.root, config: options.config });
}

/**
 * The catalog of the site's tree; with a cache, unchanged documents are not
 * parsed again, and with a history memo, git history is read again only
 * after a commit.
 */
export async function loadCatalog(
  siteDir: string,
  options: PluginOptions,
  cache?: ParseCache,
  historyMemo?: HistoryMemo,
): Promise<{ content: CatalogContent; stats: ParseStats }> {
  const { config, rootDir, displayRoot } = resolveSiteSetup(siteDir, options);
  const technologies = createTechnologyIndex(config.technologies);
  const build = { rootDir, displayRoot, config, cache, technologies };
  // git runs in its own process while the documents are parsed.
  const showsCommits = options.showLastUpdateTime || options.showLastUpdateAuthor;
  const commits = showsCommits ? gitLastUpdates(rootDir) : Promise.resolve(null);
  const { model, stats } = buildCatalogWithStats(build);
  const history = await commits;
  const useCaseHistory = options.showHistory
    ? historySource(model, rootDir, { config, technologies }, historyMemo)
    : null;
  return { content: { model, config, rootDir, technologies, history, useCaseHistory }, stats };
}
