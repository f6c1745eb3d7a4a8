import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { normalizeUrl } from '@docusaurus/utils';
import { createMemoryCache } from './engine/cache/memory-cache.js';
import { writeFileSafely } from './engine/io/write-file-safely.js';
import { catalogJson } from './format/json.js';
import { dataModulesConfig } from './plugin/bundler-config.js';
import { createDataWriter } from './plugin/data-files.js';
import { documentSource } from './plugin/document-source.js';
import { editUrlOf } from './plugin/edit-url.js';
import type { HistoryMemo } from './plugin/history-source.js';
import { lastChangeWarning } from './plugin/last-change-warning.js';
import { judgedModel } from './plugin/load-baseline.js';
import { extendCli } from './plugin/extend-cli.js';
import { loadCatalog, resolveSiteSetup, type CatalogContent } from './plugin/load-catalog.js';
import type { PluginOptions } from './plugin/options.js';
import { parseLogLine, renderLogLine } from './plugin/parse-log.js';
import { reportDiagnostics } from './plugin/report.js';
import { writeStderrSync } from './plugin/write-stderr.js';
import { guardedActions, refuseClimbingRoutes } from './plugin/route-guard.js';
import { createCatalogRoutes } from './plugin/routes.js';
import { writeRedirects } from './plugin/write-redirects.js';
import { buildViews } from './views/build-views.js';
import { createRenderCache } from './views/render-cache.js';
import type { Redirect } from './views/redirects.js';

const PLUGIN_NAME = 'docusaurus-plugin-architecture-catalog';

export default function pluginArchitectureCatalog(
  context: LoadContext,
  options: PluginOptions,
): Plugin<CatalogContent> {
  const isBuild = process.env.NODE_ENV === 'production';
  const basePath = normalizeUrl([context.baseUrl, options.routeBasePath]);
  // Kept for the life of the dev server, so that an edit re-parses only what changed.
  const cache = isBuild ? undefined : createMemoryCache();
  const renderCache = isBuild ? undefined : createRenderCache();
  const historyMemo: HistoryMemo | undefined = isBuild ? undefined : {};
  let loads = 0;
  // The newest catalog loaded. The dev server reloads plugins concurrently, each
  // reload from a snapshot of the site: a slower reload of another plugin (the
  // documents) can finish last carrying an older catalog. Publishing the newest
  // one, whichever reload publishes, keeps the served catalog in step with the files.
  let latest: CatalogContent | undefined;
  let latestLoad = 0;
  // Written at the end of a build: old and loose addresses of the catalog's pages.
  let redirects: Redirect[] = [];
  const warned = new Set<string>();
  const dataDir = path.join(
    context.generatedFilesDir,
    'docusaurus-plugin-architecture-catalog',
    options.id,
  );
  const writeData = createDataWriter(dataDir);
  return {
    name: PLUGIN_NAME,

    getPathsToWatch() {
      const { rootDir, configFile } = resolveSiteSetup(context.siteDir, options);
      return [
        path.join(rootDir, '**/*.{md,markdown}'),
        ...(configFile ? [configFile] : []),
        ...(options.baseline ? [path.resolve(context.siteDir, options.baseline)] : []),
      ];
    },

    async loadContent() {
      const load = ++loads;
      const { content, stats } = await loadCatalog(context.siteDir, options, cache, historyMemo);
      cache?.sweep();
      if (cache) process.stdout.write(parseLogLine(stats, load > 1));
      // Reloads may overlap: an older one finishing last loses.
      if (load > latestLoad) [latest, latestLoad] = [content, load];
      const warning = content.history && lastChangeWarning(content.model, content.history);
      // Once per process: the dev server would repeat it on every edit.
      if (warning && !warned.has(warning)) {
        warned.add(warning);
        writeStderrSync(warning);
      }
      const judged = judgedModel(content.model, context.siteDir, options.baseline);
      reportDiagnostics(
        judged.model,
        options.onInvalidDocument,
        process.cwd(),
        content.rootDir,
        isBuild,
        judged.suppressed.length,
      );
      return content;
    },

    async allContentLoaded({ allContent, actions }) {
      // Before any plugin's routes exist: no field of any plugin may send a page out of the build.
      const { [PLUGIN_NAME]: own, ...others } = allContent;
      refuseClimbingRoutes(others);
      const content = latest ?? (own?.[options.id] as CatalogContent | undefined);
      if (!content) return;
      const views = buildViews(content.model, {
        basePath,
        patterns: content.config.patterns,
        technologies: content.technologies,
        radar: { entries: content.config.radar, quadrants: content.config.radarQuadrants },
        history: content.useCaseHistory,
        documentSource: documentSource(content.rootDir),
        renderCache,
        editUrl: editUrlOf(options.editUrl, context.siteDir, content.rootDir),
        lastUpdates: {
          of: (documentPath) => content.history?.updates.get(documentPath),
          showTime: options.showLastUpdateTime,
          showAuthor: options.showLastUpdateAuthor,
        },
        documentsRedirectBase:
          options.documentsRedirectPath === false
            ? null
            : normalizeUrl([context.baseUrl, options.documentsRedirectPath]),
      });
      redirects = views.redirects;
      if (renderCache) process.stdout.write(renderLogLine(renderCache.sweep()));
      createCatalogRoutes(views, guardedActions(actions), writeData);
    },

    async postBuild({ outDir, content }) {
      const target = path.join(
        outDir,
        ...options.routeBasePath.split('/').filter(Boolean),
        'catalog.json',
      );
      writeFileSafely(target, (out) => out(catalogJson(content.model)));
      writeRedirects(outDir, context.baseUrl, redirects);
    },

    configureWebpack() {
      return dataModulesConfig(dataDir);
    },

    getThemePath() {
      return '../lib/theme';
    },

    getTypeScriptThemePath() {
      return '../src/theme';
    },

    extendCli(cli) {
      extendCli(cli as never, context, options);
    },
  };
}

export { validateOptions } from './plugin/options.js';
export { getSwizzleConfig } from './plugin/swizzle-config.js';
export type { Options, PluginOptions } from './plugin/options.js';
