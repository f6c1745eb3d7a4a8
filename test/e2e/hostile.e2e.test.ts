import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, REPO_ROOT } from '../helpers.js';
import {
  buildableCaseNames,
  generateHostileCorpus,
  OUTSIDE_MARKER,
  PWN,
} from '../hostile/corpus.js';
import { openBrowser, type Browser } from './browser.js';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { slugify } from '../../plugins/architecture-catalog/src/views/slug.js';

const DOCUSAURUS = path.join(REPO_ROOT, 'node_modules', '.bin', 'docusaurus');
const PARALLEL_PAGES = 4;

/** A document fence that asks mermaid for loose mode and binds script to clicks. */
const MERMAID_FENCE = `# Mermaid fence

\`\`\`mermaid
%%{init: {"securityLevel": "loose", "flowchart": {"htmlLabels": true}}}%%
flowchart LR
  A["<img src=x onerror=${PWN}>"] --> B["<script>${PWN}</script>"]
  click A call eval("${PWN}")
  click B href "javascript:${PWN}"
  B --> C["<a href='javascript:${PWN}'>link</a>"]
  click C alert
\`\`\`
`;

let temp: string | undefined;
let corpus: string | undefined;
let site: { url: string; close: () => Promise<void> } | undefined;
let browser: Browser | undefined;
let outDir: string;
/** The page of the use case the raw-html case writes, with a mermaid fence in a handoff document. */
let RAW_HTML_PAGE = '';
let buildSeconds = 0;

/**
 * The fixture site is copied next to the tests (so its imports resolve) instead of built in
 * place, so a dev server or another build of test/fixtures/site cannot share its `.docusaurus`.
 */
beforeAll(async () => {
  mkdirSync(path.join(REPO_ROOT, 'test', '.tmp'), { recursive: true });
  temp = mkdtempSync(path.join(REPO_ROOT, 'test', '.tmp', 'hostile-e2e-'));
  corpus = mkdtempSync(path.join(os.tmpdir(), 'arch-catalog-hostile-e2e-'));
  const root = path.join(corpus, 'tree');
  // Every case a site can be built over, except the two heavy tables (the build suite has them).
  const cases = generateHostileCorpus(root, { only: buildableCaseNames() });
  const rawHtml = cases.find((c) => c.name === 'raw-html');
  if (!rawHtml?.dir) throw new Error('the corpus has no raw-html case');
  writeFileSync(path.join(root, rawHtml.dir, '01_Handoff', 'Mermaid_Fence.md'), MERMAID_FENCE);
  RAW_HTML_PAGE = slugify(rawHtml.dir);

  const siteDir = path.join(temp, 'site');
  cpSync(fixture('site'), siteDir, {
    recursive: true,
    filter: (source) => !/[\\/](?:\.docusaurus|build)$/.test(source),
  });
  outDir = path.join(temp, 'build');
  const started = Date.now();
  const run = spawnSync(DOCUSAURUS, ['build', siteDir, '--out-dir', outDir], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ARCH_CATALOG_ROOT: root,
      ARCH_CATALOG_ON_INVALID: 'warn',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    timeout: 1_200_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  buildSeconds = Math.round((Date.now() - started) / 1000);
  if (run.status !== 0) {
    const output = `${run.stdout}\n${run.stderr}`;
    const firstError = Math.max(0, output.indexOf('[ERROR]'));
    throw new Error(
      `docusaurus build failed (${run.signal ?? run.status}):\n${output.slice(firstError, firstError + 4000)}`,
    );
  }
  site = await serveStatic(outDir);
  browser = await openBrowser();
  // The payloads set window.__pwned: the trap records any write, in every frame.
  await browser.context.addInitScript(() => {
    Object.defineProperty(window, '__pwned', {
      set() {
        (window as unknown as { __pwnedHit?: boolean }).__pwnedHit = true;
      },
      get() {
        return undefined;
      },
    });
  });
}, 1_500_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  for (const dir of [temp, corpus]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** What one page did and holds once loaded, hydrated and its diagrams drawn and clicked. */
interface PageReport {
  path: string;
  pwned: boolean;
  dialogs: string[];
  unsafeUrls: string[];
  handlers: string[];
  scripts: string[];
  unsafeSvg: string[];
  iframes: number;
  figures: number;
  svgs: number;
}

const FIGURES = '[data-testid="usecase-diagram"], [data-testid="pattern-diagram"]';

/** Inside the page: every trace a payload could leave. Self-contained, it runs in Chromium. */
function inspectPage(figures: string): Omit<PageReport, 'path' | 'dialogs'> {
  // Browsers drop spaces, controls, tabs and newlines from a URL before reading its scheme.
  const scheme = (value: string) =>
    Array.from(value)
      .filter((ch) => ch.charCodeAt(0) > 0x20)
      .join('')
      .toLowerCase()
      .split(':', 1)[0] ?? '';
  const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'data']);
  const unsafeUrls: string[] = [];
  const handlers: string[] = [];
  for (const element of Array.from(document.querySelectorAll('*'))) {
    for (const { name, value } of Array.from(element.attributes)) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on')) handlers.push(`<${element.localName} ${name}="${value}">`);
      if (!URL_ATTRIBUTES.has(lower)) continue;
      const kind = scheme(value);
      const navigates = ['a', 'area', 'iframe', 'object', 'embed', 'form'].includes(
        element.localName,
      );
      if (kind === 'javascript' || kind === 'vbscript' || (kind === 'data' && navigates)) {
        unsafeUrls.push(`<${element.localName} ${name}="${value}">`);
      }
    }
  }
  // Executable scripts come from the site's own bundles; data blocks (the breadcrumbs' JSON-LD,
  // which carries document titles) must still parse, or a title closed the element early.
  const executable = ['', 'text/javascript', 'application/javascript', 'module'];
  const scripts = Array.from(document.querySelectorAll('script')).flatMap((script) => {
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    const text = script.textContent ?? '';
    if (executable.includes(type)) {
      const foreign = script.src && new URL(script.src, location.href).origin !== location.origin;
      return foreign || /pwned|alert\(|eval\(/i.test(text) ? [script.outerHTML.slice(0, 200)] : [];
    }
    if (!type.endsWith('json')) return [];
    try {
      JSON.parse(text);
      return [];
    } catch {
      return [`${type} that no longer parses: ${text.slice(0, 200)}`];
    }
  });
  const svgs = Array.from(document.querySelectorAll('.docusaurus-mermaid-container svg'));
  const unsafeSvg = svgs
    .filter(
      (svg) =>
        // An <img> in a label is a request to anywhere (a tracking pixel), even under strict.
        svg.querySelector('script, iframe, img, foreignObject script') !== null ||
        svg.getAttribute('aria-roledescription') === 'error',
    )
    .map((svg) => svg.outerHTML.slice(0, 200));
  const trap = window as unknown as { __pwnedHit?: boolean };
  return {
    pwned: trap.__pwnedHit === true,
    unsafeUrls,
    handlers,
    scripts,
    unsafeSvg,
    iframes: document.querySelectorAll('iframe, frame, object, embed').length,
    figures: document.querySelectorAll(figures).length,
    svgs: svgs.length,
  };
}

/** Waits for every diagram figure to hold an SVG (or an error), then clicks every node. */
async function drawAndClickDiagrams(page: Page, expectFence: boolean): Promise<void> {
  await page
    .waitForFunction(
      (selector) =>
        Array.from(document.querySelectorAll(selector)).every(
          (figure) => figure.querySelector('svg, [role="alert"]') !== null,
        ),
      FIGURES,
      { timeout: 30_000 },
    )
    .catch(() => undefined);
  if (expectFence) {
    await page.waitForSelector('.docusaurus-mermaid-container svg', { timeout: 30_000 });
  }
  // Under securityLevel strict mermaid binds no click callback; a loose one would run here.
  await page.evaluate(() => {
    for (const node of Array.from(document.querySelectorAll('.docusaurus-mermaid-container g'))) {
      node.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    }
  });
  await page.waitForTimeout(200);
}

async function visitPage(context: BrowserContext, base: string, pagePath: string) {
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  try {
    await page.goto(`${base}${pagePath}`, { waitUntil: 'networkidle', timeout: 90_000 });
    await drawAndClickDiagrams(page, pagePath === `/catalog/use-cases/${RAW_HTML_PAGE}`);
    const found = await page.evaluate(inspectPage, FIGURES);
    return { path: decodeURIComponent(pagePath), dialogs, ...found } satisfies PageReport;
  } finally {
    await page.close();
  }
}

/** Whether the page at a URL path of the build only sends the reader on. */
function isRedirect(pagePath: string): boolean {
  const file = path.join(outDir!, decodeURIComponent(pagePath), 'index.html');
  return readFileSync(file, 'utf8').includes('<meta http-equiv="refresh"');
}

/** Every `index.html` under the build, as the URL path a reader would open. */
function pagePaths(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      return pagePaths(path.join(dir, entry.name), `${prefix}/${encodeURIComponent(entry.name)}`);
    }
    return entry.name === 'index.html' ? [prefix || '/'] : [];
  });
}

/** Runs `visit` over every item, a few at a time. */
async function inPool<T, R>(items: readonly T[], size: number, visit: (item: T) => Promise<R>) {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await visit(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: size }, worker));
  return results;
}

function problemsOf(report: PageReport): string[] {
  const problems = [
    ...(report.pwned ? ['a payload set window.__pwned'] : []),
    ...report.dialogs.map((dialog) => `a dialog opened: ${dialog}`),
    ...report.unsafeUrls.map((url) => `an unsafe URL survived: ${url}`),
    ...report.handlers.map((handler) => `an inline event handler survived: ${handler}`),
    ...report.scripts.map((script) => `a script from a document: ${script}`),
    ...report.unsafeSvg.map((svg) => `a diagram with active content: ${svg}`),
    ...(report.iframes > 0 ? [`${report.iframes} iframe(s)`] : []),
    ...(report.svgs < report.figures
      ? [`${report.figures - report.svgs} diagram(s) not drawn`]
      : []),
  ];
  return problems.map((problem) => `${report.path}: ${problem}`);
}

describe('the site built from the hostile corpus, in Chromium', () => {
  it('runs no payload on any page, keeps no javascript: URL, and draws every diagram strictly', async () => {
    // Redirects (old document pages, use case ids) lead to pages in this list.
    const paths = pagePaths(outDir).filter((pagePath) => !isRedirect(pagePath));
    expect(paths).toContain('/catalog');
    expect(pagePaths(outDir).filter((p) => p.startsWith('/workspaces/')).length).toBeGreaterThan(
      20,
    );

    const started = Date.now();
    const reports = await inPool(paths, PARALLEL_PAGES, (pagePath) =>
      visitPage(browser!.context, site!.url, pagePath),
    );
    const seconds = Math.round((Date.now() - started) / 1000);
    const diagrams = reports.reduce((sum, report) => sum + report.svgs, 0);
    process.stdout.write(
      `hostile e2e: built in ${buildSeconds} s; opened ${reports.length} pages in ${seconds} s; ` +
        `${diagrams} diagrams drawn\n`,
    );

    expect(reports.flatMap(problemsOf)).toEqual([]);
    const useCases = reports.filter((report) => report.path.startsWith('/catalog/use-cases/'));
    expect(useCases.filter((report) => report.svgs > 0).length).toBeGreaterThan(10);
    const fence = reports.find((report) => report.path === `/catalog/use-cases/${RAW_HTML_PAGE}`);
    // The use case's pattern diagram, and the mermaid fence of its handoff document.
    expect(fence?.svgs, 'the mermaid fence in a document is drawn').toBeGreaterThanOrEqual(2);
  }, 1_800_000);

  it('ships the site config that sets mermaid securityLevel strict', () => {
    // The site's own setting, not mermaid's defaults (which also read `securityLevel:"strict"`).
    const setting =
      /["']?mermaid["']?\s*:\s*\{\s*["']?options["']?\s*:\s*\{[^{}]*["']?securityLevel["']?\s*:\s*["']strict["']/;
    const scripts = path.join(outDir, 'assets', 'js');
    const files = readdirSync(scripts).filter((file) =>
      setting.test(readFileSync(path.join(scripts, file), 'utf8')),
    );
    expect(files.length).toBeGreaterThan(0);
  });

  it('publishes nothing from outside the root: no /etc/passwd, no linked-out document', () => {
    const leaks = pagePaths(outDir).filter((pagePath) => {
      const file = path.join(outDir, decodeURIComponent(pagePath), 'index.html');
      const html = readFileSync(file, 'utf8');
      return html.includes(OUTSIDE_MARKER) || /root:x?:0:0:/.test(html);
    });
    expect(leaks).toEqual([]);
  });
});
