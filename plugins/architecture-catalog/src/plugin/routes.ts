import type { PluginContentLoadedActions } from '@docusaurus/types';
import type { CatalogViews, Page } from '../views/build-views.js';
import type { DataWriter } from './data-files.js';

const COMPONENTS = {
  index: '@theme/ArchCatalogIndexPage',
  useCase: '@theme/ArchCatalogUseCasePage',
  patterns: '@theme/ArchCatalogPatternsPage',
  pattern: '@theme/ArchCatalogPatternPage',
  technologies: '@theme/ArchCatalogTechnologiesPage',
  technology: '@theme/ArchCatalogTechnologyPage',
  matrix: '@theme/ArchCatalogMatrixPage',
  compare: '@theme/ArchCatalogComparePage',
  validation: '@theme/ArchCatalogValidationPage',
  radar: '@theme/ArchCatalogRadarPage',
  timeline: '@theme/ArchCatalogTimelinePage',
} as const;

/** One route per catalog page, its props written as a data module (see `createDataWriter`). */
export function createCatalogRoutes(
  views: CatalogViews,
  actions: PluginContentLoadedActions,
  writeData: DataWriter,
): void {
  const add = (page: Page<unknown>, component: string): void => {
    const dataPath = writeData(page.path, JSON.stringify(page.data));
    actions.addRoute({ path: page.path, component, exact: true, modules: { data: dataPath } });
  };
  add(views.index, COMPONENTS.index);
  add(views.patterns, COMPONENTS.patterns);
  add(views.technologies, COMPONENTS.technologies);
  add(views.matrix, COMPONENTS.matrix);
  add(views.compare, COMPONENTS.compare);
  add(views.validation, COMPONENTS.validation);
  add(views.radar, COMPONENTS.radar);
  if (views.timeline) add(views.timeline, COMPONENTS.timeline);
  for (const page of views.useCases) add(page, COMPONENTS.useCase);
  for (const page of views.pattern) add(page, COMPONENTS.pattern);
  for (const page of views.technology) add(page, COMPONENTS.technology);
}
