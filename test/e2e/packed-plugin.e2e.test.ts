import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { tempDir } from '../helpers.js';
import { collectErrors, openBrowser } from './browser.js';
import { buildSite, createFreshSite, packPlugin } from './fresh-site.js';

const temp = tempDir('arch-catalog-fresh-');
const packDir = path.join(temp.dir, 'pack');
const siteDir = path.join(temp.dir, 'site');
let tarball = '';
let build: ReturnType<typeof buildSite>;

beforeAll(() => {
  mkdirSync(packDir);
  mkdirSync(siteDir);
  tarball = packPlugin(packDir);
  createFreshSite(siteDir, tarball, ['UC-003_Fraud_Detection', 'UC-008_Document_Classification']);
  build = buildSite(siteDir);
}, 1_500_000);
afterAll(() => temp.cleanup());

describe('the packed plugin in a fresh Docusaurus site (installed offline, one plugins entry)', () => {
  it('ships the code, its theme and sources, and no tests or fixtures', () => {
    const files = spawnSync('tar', ['tzf', tarball], { encoding: 'utf8' }).stdout.split('\n');
    expect(files).toContain('package/lib/index.js');
    expect(files).toContain('package/lib/theme/ArchCatalogUseCasePage/index.js');
    expect(files.filter((file) => /\.test\.|__fixtures__/.test(file))).toEqual([]);
  });

  it('builds', () => {
    expect(build.status, build.stdout + build.stderr).toBe(0);
    expect(existsSync(path.join(siteDir, 'build', 'catalog', 'catalog.json'))).toBe(true);
  });

  it('shows the catalog, a use case and its documents in Chromium', async () => {
    const server = await serveStatic(path.join(siteDir, 'build'));
    const browser = await openBrowser();
    try {
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      await page.goto(`${server.url}/catalog`, { waitUntil: 'networkidle' });
      await expect.poll(() => page.locator('[data-testid="usecase-row"]').count()).toBe(2);
      await page.getByRole('link', { name: 'UC-003', exact: true }).first().click();
      await page.locator('h1', { hasText: 'Fraud Detection' }).waitFor();
      const memo = page.locator('article[aria-label="01_Handoff/GoNoGo_Memo.md"]');
      await expect.poll(() => memo.innerText()).toMatch(/Go\/No-Go Memo: Fraud Detection/);
      await page.locator('[data-testid="usecase-diagram"] svg').first().waitFor();
      await page.goto(`${server.url}/catalog/use-cases/UC-003`, { waitUntil: 'networkidle' });
      await page.locator('h1', { hasText: 'Fraud Detection' }).waitFor();
      // A redirect page names no icon, so Chromium may ask for /favicon.ico before it moves on.
      expect(errors.filter((error) => !error.includes('/favicon.ico'))).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
