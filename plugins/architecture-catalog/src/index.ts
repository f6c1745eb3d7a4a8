import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { normalizeUrl } from '@docusaurus/utils';
import { catalogJson } from './format/json.js';
import { documentUrls } from './plugin/document-urls.js';
import { extendCli } from './plugin/extend-cli.js';
import { loadCatalog, resolveSiteSetup, type CatalogContent } from './plugin/load-catalog.js';
import type { PluginOptions } from './plugin/options.js';
import { reportDiagnostics } from './plugin/report.js';
import { createCatalogRoutes } from './plugin/routes.js';
import { buildViews } from './views/build-views.js';

export default function pluginArchitectureCatalog(
  context: LoadContext,
  options: PluginOptions,
): Plugin<CatalogContent> {
  const isBuild = process.env.NODE_ENV === 'production';
  const basePath = normalizeUrl([context.baseUrl, options.routeBasePath]);
  return {
    name: 'docusaurus-plugin-architecture-catalog',

    getPathsToWatch() {
      const { rootDir, configFile } = resolveSiteSetup(context.siteDir, options);
      return [path.join(rootDir, '**/*.{md,markdown}'), ...(configFile ? [configFile] : [])];
    },

    async loadContent() {
      const content = loadCatalog(context.siteDir, options);
      reportDiagnostics(
        content.model,
        options.onInvalidDocument,
        process.cwd(),
        content.rootDir,
        isBuild,
      );
      return content;
    },

    async allContentLoaded({ allContent, actions }) {
      const content = allContent['docusaurus-plugin-architecture-catalog']?.[options.id] as
        CatalogContent | undefined;
      if (!content) return;
      const views = buildViews(content.model, {
        basePath,
        patterns: content.config.patterns,
        technologies: content.config.technologies,
        documentUrls: documentUrls(allContent, context.siteDir, content.rootDir),
      });
      await createCatalogRoutes(views, actions);
    },

    async postBuild({ outDir, content }) {
      const target = path.join(
        outDir,
        ...options.routeBasePath.split('/').filter(Boolean),
        'catalog.json',
      );
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, catalogJson(content.model));
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
export type { Options, PluginOptions } from './plugin/options.js';
