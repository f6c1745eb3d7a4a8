import { documentSlugs } from '../engine/routes/document-slugs.js';
import type { CatalogModel } from '../engine/types.js';
import { joinUrl, type CatalogPaths } from './catalog-paths.js';

/** An address that leads on to another: a page the site once had, or another spelling of one. */
export interface Redirect {
  /** A URL path of the site, base URL included. */
  from: string;
  to: string;
}

/**
 * Where old and loose addresses lead: each use case's id, as written and in
 * lower case, to its page; and, under `documentsBase` (where a docs plugin
 * instance once published every document), each document's old page to its
 * place on its use case's page, and the folder itself to the catalog.
 */
export function catalogRedirects(
  model: CatalogModel,
  paths: CatalogPaths,
  documentsBase: string | null,
): Redirect[] {
  const redirects: Redirect[] = [];
  for (const useCase of model.useCases) {
    const to = paths.useCase(useCase.dir);
    for (const id of new Set([useCase.id, useCase.id.toLowerCase()])) {
      const from = joinUrl(paths.links.index, 'use-cases', id);
      if (from !== to) redirects.push({ from, to });
    }
  }
  if (documentsBase === null) return redirects;
  redirects.push({ from: documentsBase, to: paths.links.index });
  const sources = model.useCases.flatMap((useCase) => useCase.documents.map((d) => d.path));
  for (const [source, slug] of documentSlugs(sources)) {
    const to = paths.document(source);
    if (to !== null) redirects.push({ from: joinUrl(documentsBase, slug), to });
  }
  return redirects;
}
