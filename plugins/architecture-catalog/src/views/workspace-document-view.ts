import { diagnosticList } from './diagnostic-list.js';
import type { CatalogPaths } from './catalog-paths.js';
import { lastUpdateView, type LastUpdates } from './last-update.js';
import type { DiagnosticView, DocumentGroup, WorkspaceDocumentView } from './types.js';

/** A document of the use case's page: its rendering (or why there is none) and its diagnostics. */
export function workspaceDocumentView(
  path: string,
  listed: DocumentGroup['documents'][number],
  diagnostics: readonly DiagnosticView[],
  paths: CatalogPaths,
  editUrl: (documentPath: string) => string | null,
  lastUpdates: LastUpdates,
): WorkspaceDocumentView {
  const entry = paths.documents.get(path);
  const content = entry?.content;
  return {
    anchor: entry?.anchor ?? '',
    path: listed.path,
    kindLabel: listed.kindLabel,
    editUrl: editUrl(path),
    lastUpdate: lastUpdateView([path], lastUpdates),
    segments: content && 'segments' in content ? content.segments : [],
    notice: content && 'notice' in content ? content.notice : null,
    diagnostics: diagnosticList(
      diagnostics.filter((diagnostic) => diagnostic.file === path),
      entry?.dir ?? null,
    ),
  };
}
