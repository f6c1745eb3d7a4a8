import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/generate-corpus.mjs';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { tempDir } from '../helpers.js';
import { buildSite, siteCopy } from '../hostile/site-build.js';
import { collectErrors, openBrowser } from './browser.js';

const USE_CASES = 150;
const temp = tempDir('arch-catalog-pages-');
const site = siteCopy();
const outDir = path.join(temp.dir, 'build');
let build: ReturnType<typeof buildSite>;

beforeAll(() => {
  const tree = path.join(temp.dir, 'tree');
  generateCorpus({ out: tree, count: USE_CASES, seed: 1, defects: 0 });
  build = buildSite(site.dir, tree, 'warn', outDir);
}, 600_000);
afterAll(() => {
  temp.cleanup();
  site.cleanup();
});

/** The page's text as a reader sees it: React's text separators removed. */
const textOf = (html: string) => html.replace(/<!-- -->/g, '');

describe(`the index of ${USE_CASES} use cases`, () => {
  it('sends the first 100 rows and a pager in its HTML', () => {
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const html = readFileSync(path.join(outDir, 'catalog', 'index.html'), 'utf8');
    expect(html.match(/data-testid="?usecase-row"?[ >]/g)).toHaveLength(100);
    expect(textOf(html)).toContain(`Showing 1–100 of ${USE_CASES} · page 1 of 2`);
  });

  it('pages in Chromium, and starts again at the first page when a filter changes', async () => {
    const server = await serveStatic(outDir);
    const browser = await openBrowser();
    try {
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      await page.goto(`${server.url}/catalog`, { waitUntil: 'networkidle' });
      const rows = page.locator('[data-testid="usecase-row"]');
      const pager = page.getByTestId('usecase-pager');
      await pager.getByRole('button', { name: 'Next →' }).click();
      await expect.poll(() => rows.count()).toBe(USE_CASES - 100);
      expect(new URL(page.url()).searchParams.get('page')).toBe('2');
      expect(await rows.first().getAttribute('data-id')).toBe('UC-101');
      await expect.poll(() => pager.innerText()).toMatch(/Showing 101–150 of 150 · page 2 of 2/);
      await page.getByLabel('Search').fill('UC-01');
      await expect.poll(() => new URL(page.url()).searchParams.get('page')).toBeNull();
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
