import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogModel } from '../../plugins/architecture-catalog/src/engine/types.js';
import { catalogOf, tempDir } from '../helpers.js';
import {
  BASE_DESIGN_TITLE,
  buildableCaseNames,
  generateHostileCorpus,
  OUTSIDE_MARKER,
  DOCS_PLUGIN_BREAKING_CASE_NAMES,
} from './corpus.js';
import { runnableMarkup } from './html-check.js';
import { buildSite, OUR_STACK_FRAME, siteCopy } from './site-build.js';
import { slugify } from '../../plugins/architecture-catalog/src/views/slug.js';

const temp = tempDir('arch-catalog-hostile-site-');
const site = siteCopy();
afterAll(() => {
  temp.cleanup();
  site.cleanup();
});

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const isRedirect = (file: string): boolean =>
  readFileSync(file, 'utf8').includes('<meta http-equiv="refresh"');

describe('docusaurus build over the hostile corpus', () => {
  const root = path.join(temp.dir, 'corpus');
  let model: CatalogModel;
  let rawHtml: string;
  beforeAll(() => {
    const cases = generateHostileCorpus(root, { only: buildableCaseNames() });
    rawHtml = cases.find((hostile) => hostile.name === 'raw-html')!.dir;
    model = catalogOf(root);
  });

  describe('under onInvalidDocument: warn', () => {
    const outDir = path.join(temp.dir, 'warn');
    let run: ReturnType<typeof buildSite>;
    let output: string;
    beforeAll(() => {
      run = buildSite(site.dir, root, 'warn', outDir);
      output = run.stdout + run.stderr;
    }, 600_000);

    it('builds, printing the report as a warning, without a stack trace', () => {
      expect(run.status, output.slice(-3000)).toBe(0);
      const { errors, warnings } = model.summary;
      expect(output).toContain(
        `[WARNING] Architecture catalog: ${errors} error(s), ${warnings} warning(s)`,
      );
      expect(output).not.toMatch(/\n\s+at /);
    });

    it('publishes every use case and the same catalog.json', () => {
      const pages = readdirSync(path.join(outDir, 'catalog', 'use-cases')).filter(
        (name) => !isRedirect(path.join(outDir, 'catalog', 'use-cases', name, 'index.html')),
      );
      expect(pages).toHaveLength(model.useCases.length);
      const json = JSON.parse(readFileSync(path.join(outDir, 'catalog', 'catalog.json'), 'utf8'));
      expect(json.useCases).toHaveLength(model.useCases.length);
      expect(json.summary).toEqual(model.summary);
    });

    it('shows the diagnostics on the site', () => {
      const validation = readFileSync(path.join(outDir, 'catalog', 'validation', 'index.html'));
      for (const text of ['parse-error', 'nests lists or block quotes', 'over the 5 MB limit']) {
        expect(validation.includes(text), text).toBe(true);
      }
    });

    it('redirects the old page of each document to its place, where an unreadable one says so', () => {
      const files = filesUnder(path.join(outDir, 'workspaces'));
      expect(files.filter((file) => !isRedirect(file))).toEqual([]);
      const pages = files.map((file) => path.relative(path.join(outDir, 'workspaces'), file));
      expect(pages).toContain(path.join(rawHtml, 'Handoff', 'DS-01_Handoff', 'index.html'));
      const unreadable = model.diagnostics.filter(
        (d) => d.ruleId === 'parse-error' && d.file.endsWith('.md'),
      );
      expect(unreadable.length).toBeGreaterThan(10);
      // A binary file is listed, and its place on the page says why it is not shown.
      const binary = unreadable.find((d) => /contains a NUL byte/.test(d.message))!;
      const owner = model.useCases.find((useCase) => binary.file.startsWith(`${useCase.dir}/`))!;
      const slug = slugify(owner.dir);
      const html = readFileSync(
        path.join(outDir, 'catalog', 'use-cases', slug, 'index.html'),
        'utf8',
      );
      expect(html).toContain('This document is not shown: it contains a NUL byte at offset');
    });

    it("shows each workspace's own documents on its page, and links only to places that exist", () => {
      const base = readFileSync(
        path.join(outDir, 'catalog', 'use-cases', 'uc-321-base', 'index.html'),
        'utf8',
      );
      expect(base.includes(BASE_DESIGN_TITLE)).toBe(true);
      expect(base.includes('Takeover')).toBe(false);
      // Tag permalinks aimed at the catalog's pages: no tag page replaces them.
      for (const page of [['catalog'], ['catalog', 'patterns']]) {
        const html = readFileSync(path.join(outDir, ...page, 'index.html'), 'utf8');
        expect(html.includes('Tag Takeover'), page.join('/')).toBe(false);
      }
      const links = new Set<string>();
      for (const file of filesUnder(path.join(outDir, 'catalog', 'use-cases'))) {
        const html = readFileSync(file, 'utf8');
        for (const match of html.matchAll(/href="?(\/catalog\/use-cases\/[^" >#]*)#(doc-[^" >]*)/g))
          links.add(`${match[1]}#${match[2]}`);
      }
      expect(links.size).toBeGreaterThan(50);
      const missing = [...links].filter((link) => {
        const [page, id] = link.split('#') as [string, string];
        const file = path.join(outDir, decodeURIComponent(page), 'index.html');
        return !existsSync(file) || !readFileSync(file, 'utf8').includes(`id=${id}`);
      });
      expect(missing).toEqual([]);
    });

    it('copies no file of the workspaces into the build', () => {
      expect(existsSync(path.join(outDir, 'assets', 'files'))).toBe(false);
    });

    it('lets no payload reach a page as markup, and nothing from outside the root', () => {
      // Copied as a file, inlined as a data: URI (base64), or the build's own environment.
      const leaks = [
        OUTSIDE_MARKER,
        Buffer.from(OUTSIDE_MARKER).toString('base64').slice(0, 40),
        'ARCH_CATALOG_ON_INVALID=warn',
        'evil.example',
        Buffer.from('root:x:0:0:').toString('base64').slice(0, 12),
      ];
      for (const file of filesUnder(outDir)) {
        const text = readFileSync(file, 'utf8');
        for (const leak of leaks) expect(text.includes(leak), `${leak} in ${file}`).toBe(false);
        expect(/root:x?:0:0:/.test(text), file).toBe(false);
        if (file.endsWith('.html')) expect(runnableMarkup(text), file).toEqual([]);
      }
    });
  });

  it('fails under onInvalidDocument: throw with the report, no stack frame of ours', () => {
    const run = buildSite(site.dir, root, 'throw', path.join(temp.dir, 'throw'));
    const output = run.stdout + run.stderr;
    expect(run.status).not.toBe(0);
    expect(output).toContain(
      `Architecture catalog: ${model.summary.errors} error(s) in the architecture documents.`,
    );
    expect(output).toMatch(/onInvalidDocument/);
    // The whole report, a few hundred kilobytes, up to its last line: none of it lost at exit.
    const { errors, warnings } = model.summary;
    expect(output).toContain(`(${errors} errors, ${warnings} warnings) in `);
    expect(output).not.toMatch(OUR_STACK_FRAME);
  }, 600_000);
});

describe('docusaurus build over the trees that broke a docs plugin instance', () => {
  it('builds over folder links that loop and category files that set routes, writing nothing where they point', () => {
    const root = path.join(temp.dir, 'docs-breaking', 'corpus');
    generateHostileCorpus(root, { only: ['symlink-loop', ...DOCS_PLUGIN_BREAKING_CASE_NAMES] });
    const canary = path.join(`${root}-outside`, 'category-canary');
    const outDir = path.join(temp.dir, 'docs-breaking', 'out');
    const run = buildSite(site.dir, root, 'warn', outDir);
    expect(run.status, run.stderr).toBe(0);
    const model = catalogOf(root);
    const pages = readdirSync(path.join(outDir, 'catalog', 'use-cases')).filter((name) =>
      model.useCases.some((useCase) => name.startsWith(useCase.id.toLowerCase())),
    );
    expect(pages.length).toBeGreaterThanOrEqual(model.useCases.length);
    expect(existsSync(canary)).toBe(false);
    expect(run.stdout + run.stderr).not.toMatch(OUR_STACK_FRAME);
  }, 600_000);
});
