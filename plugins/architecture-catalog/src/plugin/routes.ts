import type { PluginContentLoadedActions } from '@docusaurus/types';
import type { CatalogViews, Page } from '../views/build-views.js';

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
} as const;

/** One route per catalog page, its props written as a data module. */
export async function createCatalogRoutes(
  views: CatalogViews,
  actions: PluginContentLoadedActions,
): Promise<void> {
  let counter = 0;
  const add = async (page: Page<unknown>, component: string): Promise<void> => {
    counter += 1;
    const dataPath = await actions.createData(`page-${counter}.json`, JSON.stringify(page.data));
    actions.addRoute({ path: page.path, component, exact: true, modules: { data: dataPath } });
  };
  await add(views.index, COMPONENTS.index);
  await add(views.patterns, COMPONENTS.patterns);
  await add(views.technologies, COMPONENTS.technologies);
  await add(views.matrix, COMPONENTS.matrix);
  await add(views.compare, COMPONENTS.compare);
  await add(views.validation, COMPONENTS.validation);
  for (const page of views.useCases) await add(page, COMPONENTS.useCase);
  for (const page of views.pattern) await add(page, COMPONENTS.pattern);
  for (const page of views.technology) await add(page, COMPONENTS.technology);
}
