import type { CatalogModel } from '../engine/types.js';
import { BUILTIN_PATTERNS } from '../engine/patterns/builtin.js';
import { uniqueSlugs } from './slug.js';
import type { CatalogLinks } from './types.js';

/** Every URL of the catalog, decided once so pages link to each other consistently. */
export interface CatalogPaths {
  links: CatalogLinks;
  useCase(dir: string): string;
  pattern(name: string): string;
  technology(name: string): string;
  /** Published document pages by root-relative source path. */
  document(path: string): string | null;
  useCaseSlugs: ReadonlyMap<string, string>;
  patternSlugs: ReadonlyMap<string, string>;
  technologySlugs: ReadonlyMap<string, string>;
}

export function joinUrl(...parts: string[]): string {
  const joined = parts
    .map((part) => part.replace(/^\/+|\/+$/g, ''))
    .filter((part) => part !== '')
    .join('/');
  return `/${joined}`;
}

export function catalogPaths(
  model: CatalogModel,
  base: string,
  patternNames: readonly string[],
  technologyNames: readonly string[],
  documentUrls: ReadonlyMap<string, string>,
): CatalogPaths {
  const dirs = model.useCases.map((useCase) => useCase.dir);
  const useCaseSlugs = new Map(zip(dirs, uniqueSlugs(dirs, 'use-case')));
  const patterns = [
    ...new Set([...BUILTIN_PATTERNS.map((pattern) => pattern.name), ...patternNames]),
  ];
  const patternSlugs = new Map(zip(patterns, uniqueSlugs(patterns, 'pattern')));
  const technologySlugs = new Map(zip(technologyNames, uniqueSlugs(technologyNames, 'technology')));
  const at = (...parts: string[]) => joinUrl(base, ...parts);
  return {
    links: {
      index: at(),
      patterns: at('patterns'),
      technologies: at('technologies'),
      matrix: at('matrix'),
      compare: at('compare'),
      validation: at('validation'),
      catalogJson: at('catalog.json'),
    },
    useCase: (dir) => at('use-cases', useCaseSlugs.get(dir) ?? 'unknown'),
    pattern: (name) => at('patterns', patternSlugs.get(name) ?? 'unknown'),
    technology: (name) => at('technologies', technologySlugs.get(name) ?? 'unknown'),
    document: (path) => encodedUrl(documentUrls.get(path)),
    useCaseSlugs,
    patternSlugs,
    technologySlugs,
  };
}

function zip<A, B>(a: readonly A[], b: readonly B[]): [A, B][] {
  return a.map((value, index) => [value, b[index]!]);
}

/**
 * A document's URL with spaces and other characters a URL may not hold
 * percent-encoded: written as it is, `href=/a b` comes out of the HTML
 * minifier unquoted and a reader without JavaScript follows `/a`.
 */
function encodedUrl(url: string | undefined): string | null {
  return url === undefined ? null : encodeURI(url);
}
