import type { CatalogModel } from '../engine/types.js';
import { BUILTIN_PATTERNS } from '../engine/patterns/builtin.js';
import { anchoredLine } from '../render/anchored-line.js';
import type { RenderedDocuments, RenderedEntry } from './rendered-documents.js';
import { uniqueSlugs } from './slug.js';
import type { CatalogLinks } from './types.js';

/** Every URL of the catalog, decided once so pages link to each other consistently. */
export interface CatalogPaths {
  links: CatalogLinks;
  useCase(dir: string): string;
  pattern(name: string): string;
  technology(name: string): string;
  /** A document's place on its use case's page, by root-relative path. */
  document(path: string): string | null;
  /** The place of a line of a document on its use case's page. */
  documentLine(path: string, line: number): string | null;
  /** Every document, rendered, with its anchor. */
  documents: RenderedDocuments;
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
  documents: (useCaseUrl: (dir: string) => string) => RenderedDocuments,
  withTimeline = false,
): CatalogPaths {
  const dirs = model.useCases.map((useCase) => useCase.dir);
  const useCaseSlugs = new Map(zip(dirs, uniqueSlugs(dirs, 'use-case')));
  const patterns = [
    ...new Set([...BUILTIN_PATTERNS.map((pattern) => pattern.name), ...patternNames]),
  ];
  const patternSlugs = new Map(zip(patterns, uniqueSlugs(patterns, 'pattern')));
  const technologySlugs = new Map(zip(technologyNames, uniqueSlugs(technologyNames, 'technology')));
  const at = (...parts: string[]) => joinUrl(base, ...parts);
  const useCase = (dir: string) => at('use-cases', useCaseSlugs.get(dir) ?? 'unknown');
  const rendered = documents(useCase);
  const place = (path: string, fragment: (entry: RenderedEntry) => string) => {
    const entry = rendered.get(path);
    return entry ? `${useCase(entry.dir)}#${fragment(entry)}` : null;
  };
  return {
    links: {
      index: at(),
      radar: at('radar'),
      timeline: withTimeline ? at('timeline') : null,
      patterns: at('patterns'),
      technologies: at('technologies'),
      matrix: at('matrix'),
      compare: at('compare'),
      validation: at('validation'),
      catalogJson: at('catalog.json'),
    },
    useCase,
    pattern: (name) => at('patterns', patternSlugs.get(name) ?? 'unknown'),
    technology: (name) => at('technologies', technologySlugs.get(name) ?? 'unknown'),
    document: (path) => place(path, (entry) => entry.anchor),
    documentLine: (path, line) =>
      place(path, ({ anchor, content }) => {
        const at = 'lines' in content ? anchoredLine(content.lines, line) : undefined;
        return at === undefined ? anchor : `${anchor}-L${at}`;
      }),
    documents: rendered,
    useCaseSlugs,
    patternSlugs,
    technologySlugs,
  };
}

function zip<A, B>(a: readonly A[], b: readonly B[]): [A, B][] {
  return a.map((value, index) => [value, b[index]!]);
}
