import { buildCatalog } from '../../plugins/architecture-catalog/src/engine/build-catalog.js';
import { DEFAULT_CONFIG } from '../../plugins/architecture-catalog/src/engine/config/config.js';
import { createTechnologyIndex } from '../../plugins/architecture-catalog/src/engine/technologies/index.js';
import {
  buildViews,
  type CatalogViews,
  type ViewOptions,
} from '../../plugins/architecture-catalog/src/views/build-views.js';
import { tempDir, writeTree } from '../helpers.js';

/**
 * The catalog's pages over a tree written to a temporary folder, through
 * the real engine, with the default config; `more` adds view options (a radar).
 */
export function viewsOfTree(
  tree: Record<string, string>,
  more: Partial<ViewOptions> = {},
): CatalogViews {
  const temp = tempDir('arch-catalog-views-');
  try {
    writeTree(temp.dir, tree);
    const model = buildCatalog({ rootDir: temp.dir, displayRoot: 'root', config: DEFAULT_CONFIG });
    return buildViews(model, {
      basePath: '/catalog',
      patterns: DEFAULT_CONFIG.patterns,
      technologies: createTechnologyIndex(),
      documentSource: () => ({ ok: false, reason: 'is not read in this test' }),
      ...more,
    });
  } finally {
    temp.cleanup();
  }
}
