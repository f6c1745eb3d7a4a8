import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './axe.js';
import { collectErrors, openBrowser, type Browser } from './browser.js';
import { BUILD_DIR } from './global-setup.js';
import { REPO_ROOT } from '../helpers.js';
import { slugify } from '../../plugins/architecture-catalog/src/views/slug.js';

const SAMPLES = path.join(REPO_ROOT, 'AE01_Implementations');

/** The markdown files under a folder. */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return markdownFiles(file);
    return name.endsWith('.md') ? [file] : [];
  });
}

const site = inject('siteUrl');
let browser: Browser | undefined;

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser!.context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${site}${path}`, { waitUntil: 'networkidle' });
  return { page, errors };
}

const rows = (page: Page) => page.locator('[data-testid="usecase-row"]');

describe('the site root', () => {
  it('leads straight to the catalog', async () => {
    const { page, errors } = await open('/');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/catalog');
    await rows(page).first().waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the index', () => {
  it('narrows the rows when filtered, puts the filter in the URL, and restores it on reload', async () => {
    const { page, errors } = await open('/catalog');
    const all = await rows(page).count();
    expect(all).toBe(10);
    await page.getByLabel('Pattern').selectOption('Streaming');
    await expect.poll(() => rows(page).count()).toBeLessThan(all);
    const filtered = await rows(page).evaluateAll((elements) =>
      elements.map((element) => element.getAttribute('data-id')),
    );
    expect(filtered).toEqual(['UC-003', 'UC-005']);
    expect(new URL(page.url()).searchParams.get('pattern')).toBe('Streaming');
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => rows(page).count()).toBe(2);
    expect(await page.getByLabel('Pattern').inputValue()).toBe('Streaming');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters by free text on technologies', async () => {
    const { page } = await open('/catalog?q=tensorflow%20lite');
    await expect.poll(() => rows(page).count()).toBe(1);
    await page.close();
  });

  // Kafka is chosen by UC-003 to UC-007 (counted in the sample designs); MSK and Apache Kafka
  // are other names of it, and Edge one of Embedded (UC-006).
  it.each([
    ['?q=msk', ['UC-003', 'UC-004', 'UC-005', 'UC-006', 'UC-007']],
    ['?q=apache%20kafka', ['UC-003', 'UC-004', 'UC-005', 'UC-006', 'UC-007']],
    ['?tech=apache%20kafka', ['UC-003', 'UC-004', 'UC-005', 'UC-006', 'UC-007']],
    ['?q=edge', ['UC-006']],
    ['?pattern=streaming', ['UC-003', 'UC-005']],
  ])('reads %s in any case or spelling', async (query, ids) => {
    const { page, errors } = await open(`/catalog${query}`);
    await expect.poll(() => rows(page).count()).toBe(ids.length);
    const shown = await rows(page).evaluateAll((elements) =>
      elements.map((element) => element.getAttribute('data-id')),
    );
    expect(shown).toEqual(ids);
    if (query.startsWith('?pattern'))
      expect(await page.getByLabel('Pattern').inputValue()).toBe('Streaming');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a use-case page', () => {
  it('draws its pattern diagram as SVG with the technology names in it', async () => {
    const { page, errors } = await open('/catalog/use-cases/uc-003-fraud-detection');
    const svg = page.locator('[data-testid="usecase-diagram"] svg').first();
    await svg.waitFor({ timeout: 30_000 });
    const text = await page.locator('[data-testid="usecase-diagram"]').first().innerText();
    expect(text).toMatch(/Kafka/);
    expect(text).toMatch(/Flink/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws the author's own diagram where the author put it, and shows code spans", async () => {
    const { page, errors } = await open('/catalog/use-cases/uc-003-fraud-detection');
    const design = page.locator('#doc-02-architecture-architecture-design-md');
    await design.locator('svg').first().waitFor({ timeout: 30_000 });
    expect(await design.locator('svg').first().textContent()).toMatch(/Payments gateway/);
    expect(await design.locator('code', { hasText: 'payments.authorizations.v3' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says who runs the use case, since when, and what happens next', async () => {
    const { page } = await open('/catalog/use-cases/uc-008-document-classification');
    const facts = await page.locator('main .card').first().innerText();
    expect(facts).toMatch(/Operator\s+Lukas Meier/i);
    expect(facts).toMatch(/Handed over\s+2026-09-14/i);
    expect(facts).toContain(
      'Next action: Get the availability target confirmed by Claims Operations',
    );
    await page.close();
  });

  it('takes a diagnostic to its line in the document', async () => {
    const { page } = await open('/catalog/use-cases/uc-008-document-classification');
    const link = page.locator('section[aria-labelledby="diagnostics"] a[href*="#doc-"]').first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${href.split('#')[1]}`);
    const target = page.locator(`[id="${href.split('#')[1]}"]`);
    expect(await target.count()).toBe(1);
    expect(await target.isVisible()).toBe(true);
    await page.close();
  });
});

describe('every document of every sample workspace', () => {
  const workspaces = readdirSync(SAMPLES).filter((name) => /^UC-\d+/.test(name));

  it.each(workspaces)('%s: every document is on its use case page', (workspace) => {
    const slug = slugify(workspace);
    const html = readFileSync(
      path.join(BUILD_DIR, 'catalog', 'use-cases', slug, 'index.html'),
      'utf8',
    );
    const documents = markdownFiles(path.join(SAMPLES, workspace));
    expect(documents.length).toBeGreaterThan(0);
    for (const file of documents) {
      const relative = path.relative(path.join(SAMPLES, workspace), file).split(path.sep).join('/');
      const anchor = `doc-${slugify(relative)}`;
      expect(html, relative).toContain(`id=${anchor}`);
      const heading = /^#+ (.+)$/m.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
      expect(html, relative).toContain(heading.replaceAll('&', '&amp;').replaceAll('<', '&lt;'));
    }
  });
});

describe('compare', () => {
  it('shows two use cases side by side with a difference highlighted', async () => {
    const { page, errors } = await open('/catalog/compare?uc=UC-001,UC-003');
    const table = page.locator('[data-testid="compare-table"]');
    await table.waitFor();
    const header = await table.locator('thead').innerText();
    expect(header).toMatch(/UC-001/);
    expect(header).toMatch(/UC-003/);
    expect(await table.locator('[data-differs="true"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('compare, given ids it cannot use', () => {
  it('reads ids in any case and says which it left out, and why', async () => {
    const { page, errors } = await open('/catalog/compare?uc=uc-001,UC-003,UC-999,uc-009');
    const table = page.locator('[data-testid="compare-table"]');
    await table.waitFor();
    const header = await table.locator('thead').innerText();
    expect(header).toMatch(/UC-001/);
    expect(header).toMatch(/UC-003/);
    const note = await page.getByRole('status').innerText();
    expect(note).toMatch(/UC-999: no use case has this id/);
    expect(note).toMatch(/UC-009: it has no Architecture Design/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the technology matrix', () => {
  it('downloads the shown matrix as CSV', async () => {
    const { page } = await open('/catalog/matrix');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('matrix-csv').click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const [header, ...lines] = csv.trim().split(/\r?\n/);
    expect(header).toMatch(/^Component,UC-001,UC-002,UC-003/);
    expect(lines.some((line) => line.startsWith('Feature Store,') && line.includes('Feast'))).toBe(
      true,
    );
    // Each technology in its own category's row: S3 is storage, in whatever row a design names it.
    const row = (category: string) => lines.find((line) => line.startsWith(`${category},`)) ?? '';
    expect(row('Event Streaming')).not.toMatch(/S3|Delta Lake/);
    expect(row('Data Lake / Storage')).toMatch(/S3/);
    expect(row('ML Framework')).not.toMatch(/autoencoder|SynapseML|LambdaMART/);
    await page.close();
  });
});

// Counted by hand in the sample designs: Databricks is chosen by UC-002 (Processing, and
// Tracking & registry), UC-005 (Training) and UC-007 (Training data).
describe('comparisons on the sample catalog', () => {
  it('counts use cases on a technology page and lists each once with all its components', async () => {
    const { page, errors } = await open('/catalog/technologies/databricks');
    expect(await page.locator('main').innerText()).toMatch(/Chosen by 3 use cases/);
    const chosen = page.locator('#chosen-by ~ div table');
    expect(await chosen.locator('a', { hasText: 'UC-002' }).count()).toBe(1);
    expect(await chosen.locator('tbody tr').count()).toBe(4);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a rate as the design states it, beside the per-second figure', async () => {
    const { page } = await open('/catalog/compare?uc=UC-001,UC-003');
    const throughput = await page.locator('tr[data-requirement="throughput"]').innerText();
    expect(throughput).toMatch(/2\.4M\/night ≈ 27\.8\/s/);
    expect(throughput).toMatch(/1\.5k\/s/);
    await page.close();
  });

  it('makes no technology of a word in parentheses', async () => {
    for (const name of ['autoencoder', 'lambdamart', 'synapseml', 'fil-backend']) {
      const page = await browser!.context.newPage();
      const response = await page.goto(`${site}/catalog/technologies/${name}`);
      expect(response?.status(), name).toBe(404);
      await page.close();
    }
  });
});

describe('search', () => {
  it("indexes a use case page's documents, not the catalog's tabs, contents or summaries", () => {
    const parts = JSON.parse(readFileSync(path.join(BUILD_DIR, 'search-index.json'), 'utf8')) as {
      documents: { u: string; t: string }[];
    }[];
    const texts = parts
      .flatMap((part) => part.documents)
      .filter((document) => document.u === '/catalog/use-cases/uc-003-fraud-detection')
      .map((document) => document.t)
      .join('\n');
    expect(texts).toContain('Device fingerprint data');
    expect(texts).not.toMatch(/Index\s*Patterns\s*Technologies|On this page/);
    // What the catalog read from the documents is skipped (the site's ignoreCssSelectors).
    expect(texts).not.toMatch(
      /Requirements as written in the design|Next action:|↑ Architecture design/,
    );
  });

  it('finds a use case by a technology name', async () => {
    const { page } = await open('/catalog');
    const input = page.locator('input.navbar__search-input');
    await input.fill('Triton');
    const suggestion = page.locator('.aa-dropdown-menu .aa-suggestion, [role="option"]').first();
    await suggestion.waitFor({ timeout: 20_000 });
    const text = await page.locator('.aa-dropdown-menu, [role="listbox"]').first().innerText();
    expect(text).toMatch(/Search Ranking|UC-007/);
    await page.close();
  });

  it("finds a word of a workspace document, the snippet from the page's own text", async () => {
    const { page } = await open('/catalog');
    await page.locator('input.navbar__search-input').fill('fingerprint');
    const suggestion = page.locator('[role="option"]', { hasText: 'UC-003 Fraud Detection' });
    await suggestion.waitFor({ timeout: 20_000 });
    const text = await suggestion.innerText();
    expect(text).toMatch(/fingerprint/i);
    // Not the catalog's tab bar, nor the table of contents.
    expect(text).not.toMatch(/Index\s+Patterns\s+Technologies|On this page/);
    await page.close();
  });
});

const CATALOG_PAGES = [
  '/catalog',
  '/catalog/use-cases/uc-003-fraud-detection',
  '/catalog/use-cases/uc-009-call-center-intent-routing',
  '/catalog/patterns',
  '/catalog/patterns/streaming',
  '/catalog/technologies',
  '/catalog/technologies/kafka',
  '/catalog/matrix',
  '/catalog/compare?uc=UC-001,UC-003',
  '/catalog/validation',
  '/catalog/radar',
  '/catalog/timeline',
];

const SCREENSHOTS = path.join(REPO_ROOT, 'test', '.tmp', 'screenshots');

/** A page at a phone's width (390 px); its screenshots go to test/.tmp/screenshots. */
async function openNarrow(path: string): Promise<Page> {
  const { page } = await open(path);
  await page.setViewportSize({ width: 390, height: 844 });
  return page;
}

/** The words of the element's cells that the layout breaks over two lines. */
function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluate((root) => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      // A break after a hyphen is a line break, not a broken word.
      for (const match of text.matchAll(/[^\s-]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
    return broken;
  });
}

describe('at 390 px', () => {
  it('compare keeps every word whole, the table scrolling sideways under its row headings', async () => {
    const page = await openNarrow('/catalog/compare?uc=UC-001,UC-003,UC-007');
    const table = page.locator('[data-testid="compare-table"]');
    await table.waitFor();
    expect(await brokenWords(page, '[data-testid="compare-table"]')).toEqual([]);
    const box = table.locator('..');
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await box.evaluate((el) => (el.scrollLeft = 250));
    const heading = table.locator('tbody th[scope="row"]').first();
    expect((await heading.boundingBox())!.x).toBeGreaterThanOrEqual(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'compare-390.png') });
    await page.close();
  });

  it('opens a diagram full size in a dialog, zooms it and closes it', async () => {
    const page = await openNarrow('/catalog/use-cases/uc-003-fraud-detection');
    const figure = page.locator('[data-testid="usecase-diagram"]').first();
    await figure.locator('svg').waitFor();
    const inline = await figure.locator('svg').evaluate((svg) => svg.getBoundingClientRect().width);
    await figure.getByRole('button', { name: 'Full size' }).click();
    const dialog = page.getByRole('dialog', { name: 'Streaming pattern in UC-003' });
    const svg = dialog.locator('svg');
    await svg.waitFor();
    const natural = await svg.evaluate(
      (element) => (element as SVGSVGElement).viewBox.baseVal.width,
    );
    const width = () => svg.evaluate((element) => element.getBoundingClientRect().width);
    expect(natural).toBeGreaterThan(inline);
    await expect.poll(width).toBeCloseTo(natural, 0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'diagram-full-size-390.png') });
    await dialog.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(width).toBeCloseTo(Math.round(natural * 1.25), 0);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.close();
  });
});

describe('every catalog page', () => {
  it.each(CATALOG_PAGES)('%s loads without console errors', async (path) => {
    const { page, errors } = await open(path);
    await page.locator('h1').first().waitFor();
    await page.waitForTimeout(500);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('accessibility', () => {
  it.each([
    '/catalog',
    '/catalog/use-cases/uc-003-fraud-detection',
    '/catalog/matrix',
    '/catalog/compare?uc=UC-001,UC-003',
    '/catalog/radar',
    '/catalog/timeline',
  ])('%s has no serious or critical axe violations', async (path) => {
    const { page } = await open(path);
    await page.locator('h1').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

/*
 * The sample radar (architecture-catalog.config.yaml) places 27 technologies; three of them on
 * hold are still chosen, each by one sample design, counted by hand: Elasticsearch (UC-007),
 * Weights & Biases (UC-004) and Seldon Core (UC-010).
 */
describe('the radar', () => {
  const html = () => readFileSync(path.join(BUILD_DIR, 'catalog', 'radar', 'index.html'), 'utf8');

  it('is drawn at build time: the chart and its links are in the HTML', () => {
    const chart = /<svg[^>]*aria-labelledby="?radar-chart-title"?[^>]*>([\s\S]*?)<\/svg>/.exec(
      html(),
    );
    expect(chart).not.toBeNull();
    const links = [
      ...chart![1]!.matchAll(/<a [^>]*href="?(\/catalog\/technologies\/[^" >]+)"?/g),
    ].map((match) => match[1]!);
    expect(links).toHaveLength(27);
    for (const link of links)
      expect(statSync(path.join(BUILD_DIR, link, 'index.html')).isFile(), link).toBe(true);
  });

  it('lists the technologies on hold that designs still choose, with who chose them', async () => {
    const { page, errors } = await open('/catalog/radar');
    const hold = page.locator('h3:has-text("On hold, still chosen") + ul > li');
    expect(await hold.allTextContents()).toEqual([
      'Elasticsearch, chosen by 1 use case (UC-007). Vector and keyword search move to one managed store. Instead: FAISS.',
      'Weights & Biases, chosen by 1 use case (UC-004). One experiment tracker for every team. Instead: MLflow.',
      'Seldon Core, chosen by 1 use case (UC-010). Model serving consolidates on KServe. Instead: KServe.',
    ]);
    await page.locator('svg a[href="/catalog/technologies/seldon-core"]').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/catalog/technologies/seldon-core');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters the index to the use cases that choose a technology on hold', async () => {
    const { page, errors } = await open('/catalog');
    await page.getByLabel('Radar').selectOption('hold');
    await expect.poll(() => rows(page).count()).toBe(3);
    const ids = await rows(page).evaluateAll((elements) =>
      elements.map((element) => element.getAttribute('data-id')),
    );
    expect(ids).toEqual(['UC-004', 'UC-007', 'UC-010']);
    expect(new URL(page.url()).searchParams.get('radar')).toBe('hold');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks each technology of the matrix with its ring', async () => {
    const { page } = await open('/catalog/matrix');
    const seldon = page.locator('[data-testid="matrix-table"] li', { hasText: 'Seldon Core' });
    expect(await seldon.first().textContent()).toBe('Seldon Core (radar: Hold)');
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'reads in %s mode: no serious axe finding, screenshot saved',
    async (theme) => {
      const { page } = await open('/catalog/radar');
      await page.evaluate(
        (mode) => document.documentElement.setAttribute('data-theme', mode),
        theme,
      );
      await page.locator('svg[aria-labelledby="radar-chart-title"]').screenshot({
        path: path.join(SCREENSHOTS, `radar-${theme}.png`),
      });
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    },
  );
});

describe('history (showHistory is on in the sample site)', () => {
  it("shows a use case's commits on its page, and the timeline, screenshots saved", async () => {
    const { page, errors } = await open('/catalog/use-cases/uc-003-fraud-detection');
    const section = page.locator('section[aria-labelledby="history"]');
    await section.screenshot({ path: path.join(SCREENSHOTS, 'history.png') });
    // A full clone lists the commits; a shallow one says that it cannot see them.
    expect(await section.textContent()).toMatch(/\d{4}-\d{2}-\d{2} · |shallow clone/);
    await page.goto(`${site}/catalog/timeline`, { waitUntil: 'networkidle' });
    await page.locator('main').screenshot({ path: path.join(SCREENSHOTS, 'timeline.png') });
    expect(await page.locator('h1').textContent()).toBe('Timeline');
    expect(errors).toEqual([]);
    await page.close();
  });
});
