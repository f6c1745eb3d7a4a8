/**
 * What a reader downloads for a page: the page is opened in headless
 * Chromium against the build served on 127.0.0.1, every response is
 * gzipped here (level 9, as a static host would serve it) and summed.
 * Mermaid's chunks are found statically: the chunk holding `mermaidAPI`
 * and every chunk it loads (`.e("id")`), transitively.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumExecutable } from '../lib/chromium.mjs';
import { serveStatic } from '../lib/static-server.mjs';

/**
 * @typedef {object} PageWeight
 * @property {string} path
 * @property {number} requests
 * @property {number} rawBytes
 * @property {number} gzipBytes       everything
 * @property {number} mermaidGzipBytes mermaid's chunks only
 * @property {boolean} mermaidFetched
 * @property {boolean} draws           the page shows a mermaid diagram
 * @property {Record<string, number>} gzipByType html, js, css, json, other
 */

/**
 * @param {string} buildDir
 * @param {string[]} pagePaths
 * @returns {Promise<PageWeight[]>}
 */
export async function measurePages(buildDir, pagePaths) {
  const mermaid = mermaidChunks(buildDir);
  const server = await serveStatic(buildDir);
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  try {
    const results = [];
    for (const pagePath of pagePaths)
      results.push(await measurePage(browser, server.url, pagePath, mermaid));
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * One first visit, in a fresh context (empty cache).
 * @param {import('playwright-core').Browser} browser
 * @param {string} base
 * @param {string} pagePath
 * @param {Set<string>} mermaid file names of mermaid's chunks
 * @returns {Promise<PageWeight>}
 */
async function measurePage(browser, base, pagePath, mermaid) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  /** @type {Promise<void>[]} */
  const pending = [];
  const weight = {
    path: pagePath,
    requests: 0,
    rawBytes: 0,
    gzipBytes: 0,
    mermaidGzipBytes: 0,
    mermaidFetched: false,
    draws: false,
    gzipByType: /** @type {Record<string, number>} */ ({}),
  };
  page.on('response', (response) => {
    pending.push(
      response
        .body()
        .then((body) => addResponse(weight, response.url(), body, mermaid))
        .catch(() => undefined),
    );
  });
  await page.goto(`${base}${pagePath}`, { waitUntil: 'networkidle', timeout: 120_000 });
  await page.waitForTimeout(1500);
  await page.waitForLoadState('networkidle');
  weight.draws =
    (await page.locator('.docusaurus-mermaid-container svg, svg[id^="mermaid"]').count()) > 0;
  await Promise.all(pending);
  await context.close();
  return weight;
}

/**
 * @param {PageWeight} weight
 * @param {string} url
 * @param {Buffer} body
 * @param {Set<string>} mermaid
 */
function addResponse(weight, url, body, mermaid) {
  const gzip = gzipSync(body, { level: 9 }).length;
  const file = path.basename(new URL(url).pathname);
  weight.requests += 1;
  weight.rawBytes += body.length;
  weight.gzipBytes += gzip;
  const type = typeOf(url, body);
  weight.gzipByType[type] = (weight.gzipByType[type] ?? 0) + gzip;
  if (mermaid.has(file)) {
    weight.mermaidFetched = true;
    weight.mermaidGzipBytes += gzip;
  }
}

/**
 * @param {string} url
 * @param {Buffer} body
 */
function typeOf(url, body) {
  const ext = path.extname(new URL(url).pathname);
  if (ext === '.js' || ext === '.css' || ext === '.json') return ext.slice(1);
  if (ext === '' || ext === '.html' || body.subarray(0, 15).toString().startsWith('<!DOCTYPE'))
    return 'html';
  return 'other';
}

/**
 * File names of mermaid's chunks in a build.
 * @param {string} buildDir
 * @returns {Set<string>}
 */
export function mermaidChunks(buildDir) {
  const jsDir = path.join(buildDir, 'assets', 'js');
  const names = readdirSync(jsDir).filter((n) => n.endsWith('.js'));
  /** @type {Map<string, string>} */
  const byId = new Map(names.map((n) => [n.slice(0, n.indexOf('.')), n]));
  const text = (/** @type {string} */ n) => readFileSync(path.join(jsDir, n), 'utf8');
  const found = new Set(
    names.filter((n) => !n.startsWith('main.') && text(n).includes('mermaidAPI')),
  );
  const queue = [...found];
  while (queue.length > 0) {
    const name = /** @type {string} */ (queue.pop());
    for (const [, id] of text(name).matchAll(/\.e\("?([\w~-]+)"?\)/g)) {
      const file = byId.get(id);
      if (file && !found.has(file) && !file.startsWith('main.')) {
        found.add(file);
        queue.push(file);
      }
    }
  }
  return found;
}
