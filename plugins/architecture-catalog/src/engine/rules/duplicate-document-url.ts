import { slugCollisions } from '../routes/document-slugs.js';
import { defineRule } from './rule.js';

export const duplicateDocumentUrl = defineRule({
  id: 'duplicate-document-url',
  scope: 'tree',
  defaultSetting: 'error',
  description:
    'Two documents of a workspace would be published at the same URL once number prefixes are dropped (01_Intro.md and 02_Intro.md).',
  help: 'Rename one of them. Until then each is published at the URL of its own path, number prefixes kept.',
  reportsWhen:
    'two documents of a workspace would share a URL once number prefixes are dropped (each is published at its own path)',
  reportedAt: 'each of the documents, at `1:1`, naming the others',
  check: ({ scan }) =>
    scan.workspaces.flatMap((workspace) =>
      slugCollisions(workspace.documents.map((document) => document.path)).flatMap(
        ({ slug, sources }) =>
          sources.map((source) => ({
            file: source,
            line: 1,
            column: 1,
            message: `${source} would share the URL …${slug} with ${others(sources, source)}; each is published at its own path instead`,
          })),
      ),
    ),
});

function others(sources: readonly string[], source: string): string {
  return sources.filter((other) => other !== source).join(', ');
}
