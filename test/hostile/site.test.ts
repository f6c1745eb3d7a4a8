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
  SITE_BREAKING_CASE_NAMES,
} from './corpus.js';
import { runnableMarkup } from './html-check.js';
import { buildSite, OUR_STACK_FRAME, siteCopy } from './site-build.js';

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

/** The page Docusaurus makes of a document: number prefixes and the extension dropped. */
function pageOf(file: string): string {
  const segments = file.replace(/\.md$/, '').split('/');
  return path.join(...segments.map((segment) => segment.replace(/^\d+[-_]/, '')), 'index.html');
}

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
      const pages = readdirSync(path.join(outDir, 'catalog', 'use-cases'));
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

    it('publishes the readable documents and none the catalog reports as unreadable', () => {
      const pages = filesUnder(path.join(outDir, 'workspaces')).map((file) =>
        path.relative(path.join(outDir, 'workspaces'), file),
      );
      expect(pages).toContain(path.join(rawHtml, 'Handoff', 'DS-01_Handoff', 'index.html'));
      const unreadable = model.diagnostics
        .filter((d) => d.ruleId === 'parse-error' && d.file.endsWith('.md'))
        .map((d) => pageOf(d.file));
      expect(unreadable.length).toBeGreaterThan(10);
      expect(pages.filter((page) => unreadable.includes(page))).toEqual([]);
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

    it('publishes no file a browser may run from the workspaces, and the inert ones', () => {
      const files = filesUnder(path.join(outDir, 'assets', 'files')).map((file) =>
        path.basename(file),
      );
      expect(
        files.filter((file) => /^(?:evil|page|spec|tool|feed)-[0-9a-f]+\./.test(file)),
      ).toEqual([]);
      expect(files.some((file) => /^data-[0-9a-f]+\.csv$/.test(file))).toBe(true);
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

describe('docusaurus build over folder links that loop into each other', () => {
  it('fails at once, naming the links, instead of walking without end', () => {
    const root = path.join(temp.dir, 'loops', 'corpus');
    generateHostileCorpus(root, { only: ['symlink-loop', ...SITE_BREAKING_CASE_NAMES] });
    const run = buildSite(site.dir, root, 'warn', path.join(temp.dir, 'loops', 'out'));
    const output = run.stdout + run.stderr;
    expect(run.status).not.toBe(0);
    expect(output).toMatch(/folder links that loop into each other: .*Root, UC-311_Root_Loop/);
    expect(output).not.toMatch(OUR_STACK_FRAME);
    // A walk without end is killed after 10 minutes (buildSite) and fails the message check.
  }, 600_000);
});

describe('docusaurus build over sidebar category files that set routes', () => {
  it('fails at once, naming them, and writes nothing where their links point', () => {
    const root = path.join(temp.dir, 'categories', 'corpus');
    generateHostileCorpus(root, { only: ['category-file-routes'] });
    const canary = path.join(`${root}-outside`, 'category-canary');
    const run = buildSite(site.dir, root, 'warn', path.join(temp.dir, 'categories', 'out'));
    const output = run.stdout + run.stderr;
    expect(run.status).not.toBe(0);
    expect(output).toMatch(
      /sidebar category files the site cannot publish: .*01_Handoff\/_category_\.json has `link`/,
    );
    expect(output).toMatch(/02_Architecture\/_category_\.json is not valid YAML or JSON/);
    expect(output).not.toMatch(OUR_STACK_FRAME);
    expect(existsSync(canary)).toBe(false);
  }, 600_000);
});
