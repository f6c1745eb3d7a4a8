import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../plugins/architecture-catalog/src/engine/build-catalog.js';
import { DEFAULT_CONFIG } from '../../plugins/architecture-catalog/src/engine/config/config.js';
import { createTechnologyIndex } from '../../plugins/architecture-catalog/src/engine/technologies/index.js';
import {
  buildViews,
  type CatalogViews,
} from '../../plugins/architecture-catalog/src/views/build-views.js';
import {
  createRenderCache,
  type RenderCache,
} from '../../plugins/architecture-catalog/src/views/render-cache.js';
import type { WorkspaceDocumentView } from '../../plugins/architecture-catalog/src/views/types.js';
import { designText, statusText } from '../hostile/corpus/documents.js';
import { tempDir, writeTree } from '../helpers.js';

const temp = tempDir('arch-catalog-documents-');
afterAll(() => temp.cleanup());

const HANDOFF = [
  '# Go/No-Go Memo',
  '',
  'Go. See [the design](../02_Architecture/Architecture_Design.md#requirements-summary),',
  "[the other team's status](../../UC-002_Beta/00_Status.md), [a secret](../../../etc/passwd)",
  'and [the web](https://example.com).',
  '',
  '<script>alert(1)</script>',
  '',
  '```mermaid',
  'graph LR; A-->B',
  '```',
  '',
].join('\n');

const TREE: Record<string, string> = {
  'UC-001_Alpha/00_Status.md': statusText('UC-001', 'Alpha'),
  'UC-001_Alpha/01_Handoff/GoNoGo_Memo.md': HANDOFF,
  'UC-001_Alpha/01_Handoff/Deep.md': `${'>'.repeat(200)} too deep\n`,
  'UC-001_Alpha/02_Architecture/Architecture_Design.md': designText({ pattern: 'Batch Pick' }),
  'UC-002_Beta/00_Status.md': statusText('UC-002', 'Beta'),
};

/** The catalog's pages over TREE with `edits`, written to the temporary folder and read back. */
function viewsOver(edits: Record<string, string> = {}, renderCache?: RenderCache): CatalogViews {
  writeTree(temp.dir, { ...TREE, ...edits });
  const model = buildCatalog({ rootDir: temp.dir, displayRoot: 'root', config: DEFAULT_CONFIG });
  return buildViews(model, {
    basePath: '/catalog',
    patterns: DEFAULT_CONFIG.patterns,
    technologies: createTechnologyIndex(),
    documentSource: (file) => ({ ok: true, text: readFileSync(path.join(temp.dir, file), 'utf8') }),
    renderCache,
  });
}

let views: CatalogViews;
beforeAll(() => {
  views = viewsOver();
});

const alpha = () => views.useCases.find((page) => page.data.summary.id === 'UC-001')!.data;
const documentOf = (relative: string): WorkspaceDocumentView =>
  alpha().documents.find((document) => document.path === relative)!;
const htmlOf = (document: WorkspaceDocumentView) =>
  document.segments.map((segment) => (segment.kind === 'html' ? segment.html : '')).join('');

describe('the documents of a use case on its page', () => {
  it('are every document of the workspace, in the order of the list', () => {
    expect(alpha().documents.map((document) => [document.path, document.anchor])).toEqual([
      ['00_Status.md', 'doc-00-status-md'],
      ['01_Handoff/Deep.md', 'doc-01-handoff-deep-md'],
      ['01_Handoff/GoNoGo_Memo.md', 'doc-01-handoff-gonogo-memo-md'],
      ['02_Architecture/Architecture_Design.md', 'doc-02-architecture-architecture-design-md'],
    ]);
    expect(alpha().documentGroups.flatMap((group) => group.documents.map((d) => d.url))).toEqual(
      alpha().documents.map((document) => `/catalog/use-cases/uc-001-alpha#${document.anchor}`),
    );
  });

  it('link to their place in the catalog, and nowhere outside it', () => {
    const html = htmlOf(documentOf('01_Handoff/GoNoGo_Memo.md'));
    expect(html).toContain(
      '<a href="#doc-02-architecture-architecture-design-md-requirements-summary">the design</a>',
    );
    expect(html).toContain(
      '<a href="/catalog/use-cases/uc-002-beta#doc-00-status-md">the other team\'s status</a>',
    );
    expect(html).toContain(', a secret\nand <a href="https://example.com">the web</a>');
    expect(html).not.toMatch(/passwd|<script/);
  });

  it('keep their diagrams, and say why a document is not shown', () => {
    expect(documentOf('01_Handoff/GoNoGo_Memo.md').segments).toContainEqual({
      kind: 'mermaid',
      id: null,
      code: 'graph LR; A-->B',
    });
    expect(documentOf('01_Handoff/Deep.md')).toMatchObject({
      segments: [],
      notice: expect.stringMatching(/^This document is not shown: it .*nest/),
    });
  });

  it('carry their own diagnostics, each linked to its line', () => {
    const design = documentOf('02_Architecture/Architecture_Design.md');
    const unknown = design.diagnostics.items.find((d) => d.ruleId === 'unknown-pattern')!;
    expect(unknown.documentUrl).toBe(
      `/catalog/use-cases/uc-001-alpha#doc-02-architecture-architecture-design-md-L${unknown.line}`,
    );
    expect(htmlOf(design)).toContain(
      `<p id="doc-02-architecture-architecture-design-md-L${unknown.line}"><strong>Pattern:</strong> Batch Pick</p>`,
    );
    const onPage = views.validation.data;
    expect(JSON.stringify(onPage)).toContain(unknown.documentUrl);
  });
});

describe('renderings kept between loads (the dev server)', () => {
  const pages = (built: CatalogViews) => JSON.stringify(built.useCases);

  it('render one document again after an edit, and every one when a document is added', () => {
    const cache = createRenderCache();
    const first = viewsOver({}, cache);
    // The five documents but the one over the nesting limit, which has a notice instead.
    expect(cache.sweep()).toEqual({ rendered: 4, reused: 0 });
    expect(pages(viewsOver({}, cache))).toBe(pages(first));
    expect(cache.sweep()).toEqual({ rendered: 0, reused: 4 });

    const memo = 'UC-001_Alpha/01_Handoff/GoNoGo_Memo.md';
    const edited = viewsOver({ [memo]: `${HANDOFF}\nEdited.\n` }, cache);
    expect(cache.sweep()).toEqual({ rendered: 1, reused: 3 });
    expect(pages(edited)).toMatch(/<p[^>]*>Edited.<\/p>/);
    expect(pages(edited)).toBe(
      pages(viewsOver({ [memo]: `${HANDOFF}\nEdited.\n` }, createRenderCache())),
    );

    viewsOver({ 'UC-002_Beta/01_Handoff/New.md': '# New\n' }, cache);
    // A new document may be a link's target: every rendering is made again.
    expect(cache.sweep()).toEqual({ rendered: 5, reused: 0 });
  });
});
