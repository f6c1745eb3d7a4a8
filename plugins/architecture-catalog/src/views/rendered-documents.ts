import path from 'node:path/posix';
import { readFrontMatter } from '../engine/parse/front-matter.js';
import { parseMarkdown } from '../engine/parse/markdown.js';
import { exceededLimit } from '../engine/scan/markdown-limits.js';
import type { ReadOutcome } from '../engine/scan/read-document.js';
import type { CatalogModel } from '../engine/types.js';
import { renderDocument, type RenderedDocument } from '../render/render-document.js';
import { fingerprint, NO_RENDER_CACHE, type RenderCache } from './render-cache.js';
import { uniqueSlugs } from './slug.js';

/** A document by its root-relative path: its text, or why it cannot be read now. */
export type DocumentSource = (path: string) => ReadOutcome;

/** A document of a workspace as its use case's page holds it. */
export interface RenderedEntry {
  /** The workspace folder, root-relative. */
  dir: string;
  /** The document's anchor on its use case's page. */
  anchor: string;
  /** The document, or why it is not shown. */
  content: RenderedDocument | { notice: string };
}

/** Where a document and its lines are, by root-relative path: anchors, then the rendering. */
export type RenderedDocuments = ReadonlyMap<string, RenderedEntry>;

/**
 * Every document of every workspace, rendered once for the pages that show
 * or link to it. `useCaseUrl` gives the page of a workspace folder.
 */
export function renderDocuments(
  model: CatalogModel,
  source: DocumentSource,
  useCaseUrl: (dir: string) => string,
  cache: RenderCache = NO_RENDER_CACHE,
): RenderedDocuments {
  const anchors = documentAnchors(model);
  const targets = diagnosticLines(model);
  const dirOf = new Map(
    model.useCases.flatMap((useCase) =>
      useCase.documents.map((document) => [document.path, useCase.dir] as const),
    ),
  );
  // What every link resolves against: a document added, moved or renamed renders all again.
  let places: string | undefined;
  const placesKey = () =>
    (places ??= fingerprint(
      ...[...dirOf].map(([path, dir]) => `${path}\t${anchors.get(path)}\t${useCaseUrl(dir)}`),
    ));
  const rendered = new Map<string, RenderedEntry>();
  for (const useCase of model.useCases) {
    for (const document of useCase.documents) {
      const anchor = anchors.get(document.path)!;
      const lineTargets = targets.get(document.path) ?? [];
      const linkTarget = (url: string) =>
        documentLink(url, document.path, anchor, (target) => {
          const found = anchors.get(target);
          const dir = dirOf.get(target);
          if (found === undefined || dir === undefined) return null;
          return dir === useCase.dir ? `#${found}` : `${useCaseUrl(dir)}#${found}`;
        });
      rendered.set(document.path, {
        dir: useCase.dir,
        anchor,
        content: renderedOrNotice(source(document.path), (body) =>
          cache.render(
            document.path,
            () => fingerprint(body, anchor, placesKey(), lineTargets.join(',')),
            () => renderDocument(parseMarkdown(body), { anchor, linkTarget, lineTargets }),
          ),
        ),
      });
    }
  }
  return rendered;
}

/** The lines each document's diagnostics point at: the lines its page links to. */
function diagnosticLines(model: CatalogModel): Map<string, number[]> {
  const lines = new Map<string, number[]>();
  for (const { file, line } of model.diagnostics) {
    const list = lines.get(file);
    if (list) list.push(line);
    else lines.set(file, [line]);
  }
  return lines;
}

/** Each document's anchor, unique on its use case's page: `doc-` and its workspace-relative path. */
function documentAnchors(model: CatalogModel): Map<string, string> {
  const anchors = new Map<string, string>();
  for (const useCase of model.useCases) {
    const relative = useCase.documents.map((document) =>
      document.path.slice(useCase.dir.length + 1),
    );
    const slugs = uniqueSlugs(relative, 'document');
    useCase.documents.forEach((document, i) => anchors.set(document.path, `doc-${slugs[i]}`));
  }
  return anchors;
}

function renderedOrNotice(
  read: ReadOutcome,
  render: (body: string) => RenderedDocument,
): RenderedEntry['content'] {
  if (!read.ok) return { notice: `This document is not shown: it ${read.reason}.` };
  const body = readFrontMatter(read.text).body;
  const unfit = exceededLimit(body);
  if (unfit) return { notice: `This document is not shown: it ${unfit.reason}.` };
  return render(body);
}

/**
 * Where a link written in a document leads: web and mail links as written,
 * an anchor of the document to its heading on the page, a document of the
 * catalog to its place (`pageOf`), anything else (other files, other
 * schemes, paths that leave the root) nowhere.
 */
export function documentLink(
  url: string,
  from: string,
  anchor: string,
  pageOf: (document: string) => string | null,
): string | null {
  if (/^(?:https?:\/\/|mailto:)/i.test(url)) return url;
  if (url.startsWith('#')) return url.length > 1 ? `#${anchor}-${url.slice(1)}` : null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/')) return null;
  const [target = '', fragment] = url.split('#', 2);
  let decoded: string;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    return null;
  }
  const resolved = path.normalize(path.join(path.dirname(from), decoded));
  if (resolved.startsWith('../') || resolved === '..') return null;
  const page = pageOf(resolved);
  if (page === null) return null;
  return fragment ? `${page}-${fragment}` : page;
}
