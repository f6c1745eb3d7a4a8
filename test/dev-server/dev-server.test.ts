import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type Browser } from '../e2e/browser.js';
import { fixture, REPO_ROOT, tempDir } from '../helpers.js';
import {
  freePort,
  startDevServer,
  waitForOutput,
  waitUntilServing,
  type DevServer,
} from '../../scripts/lib/dev-server.mjs';
import { readIndex, readUseCase } from './served-state.js';

// `docusaurus start` over a tree that changes under it: the served catalog
// must end in the state of the files, and an edit re-parses one document.

const SAMPLES = path.join(REPO_ROOT, 'AE01_Implementations');
const KEPT = [
  'UC-001_Customer_Churn_Prediction',
  'UC-003_Fraud_Detection',
  'UC-005_Predictive_Maintenance',
];
const EDITED = 'UC-003_Fraud_Detection/02_Architecture/Architecture_Design.md';
const DELETED = 'UC-005_Predictive_Maintenance';
const ADDED = { from: 'UC-007_Search_Ranking', to: 'UC-042_Added_Search' };
const EDITS = 20;
/** A status file and a design in each workspace. */
const DOCUMENTS = KEPT.length * 2;

const temp = tempDir('arch-catalog-dev-server-');
const root = path.join(temp.dir, 'tree');
let server: DevServer | undefined;
let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
  for (const dir of KEPT)
    cpSync(path.join(SAMPLES, dir), path.join(root, dir), { recursive: true });
  server = startDevServer(fixture('site'), root, await freePort());
  await waitUntilServing(server, '/catalog', 150_000);
  browser = await openBrowser();
  page = await browser.context.newPage();
}, 200_000);

afterAll(async () => {
  await server?.stop();
  await browser?.close();
  temp.cleanup();
}, 30_000);

const running = (): DevServer => {
  if (!server) throw new Error('the dev server did not start');
  return server;
};

const marker = (n: number): string => `edit-${String(n).padStart(2, '0')}-of-${EDITS}`;

/** Edit `n`: the design's title and its latency requirement. */
function editDesign(n: number): void {
  const file = path.join(root, EDITED);
  const text = readFileSync(file, 'utf8')
    .replace(/^# Architecture Design: .*$/m, `# Architecture Design: Fraud Detection ${marker(n)}`)
    .replace(/^\| Latency \|[^|]*\|/m, `| Latency | p99 < ${200 + n} ms |`);
  writeFileSync(file, text);
}

/** The `[arch-catalog] re-parsed N of M documents` lines, as [N, M, rest]. */
function reparses(output: string): [number, number, string][] {
  const lines = output.matchAll(/^\[arch-catalog\] re-parsed (\d+) of (\d+) documents(.*)$/gm);
  return [...lines].map((match) => [Number(match[1]), Number(match[2]), match[3] ?? '']);
}

/** The `[arch-catalog] rendered N of M documents` lines, as [N, M]. */
function renders(output: string): [number, number][] {
  const lines = output.matchAll(/^\[arch-catalog\] rendered (\d+) of (\d+) documents$/gm);
  return [...lines].map((match) => [Number(match[1]), Number(match[2])]);
}

describe('docusaurus start over a changing tree', () => {
  it('parses and renders every document at start, and only the edited one after an edit', async () => {
    const dev = running();
    expect(dev.output()).toContain(`[arch-catalog] parsed ${DOCUMENTS} of ${DOCUMENTS} documents`);
    const [[rendered, all] = []] = renders(dev.output());
    expect(rendered).toBe(all); // every document of the workspaces, not only those the engine reads
    const before = dev.output().length;
    editDesign(1);
    await waitForOutput(dev, (output) => reparses(output.slice(before)).length > 0, 60_000);
    await sleep(3000); // any further reload caused by the same write prints by now
    // The watcher may see one write as two changes (truncate, then content):
    // each reload may re-parse the edited document, never another one.
    const lines = reparses(dev.output().slice(before));
    expect(lines[0]).toEqual([1, DOCUMENTS, `: ${EDITED}`]);
    const others = lines.filter(
      ([parsed, , named]) => parsed > 1 || (parsed === 1 && named !== `: ${EDITED}`),
    );
    expect(others).toEqual([]);
    // Rendered for its page again: the edited document, no other.
    const again = renders(dev.output().slice(before));
    expect(again[0]).toEqual([1, all]);
    expect(again.filter(([count]) => count > 1)).toEqual([]);
  }, 90_000);

  it('ends in the state of the files after 20 quick edits, a deletion and an addition', async () => {
    const dev = running();
    for (let n = 1; n <= EDITS; n++) {
      editDesign(n);
      await sleep(50);
    }
    rmSync(path.join(root, DELETED), { recursive: true });
    cpSync(path.join(SAMPLES, ADDED.from), path.join(root, ADDED.to), { recursive: true });

    const settled = await pollUntilSettled(dev.url, 120_000);
    expect(settled, outputTail(dev)).toEqual([]);
    await sleep(5000); // a late reload must not bring back an older state
    expect(await mismatches(dev.url), outputTail(dev)).toEqual([]);
  }, 180_000);
});

describe('docusaurus start when a document too large to publish is added', () => {
  it("says so in the document's place on its use case's page, never showing the document", async () => {
    const dev = running();
    const huge = path.join(root, 'UC-001_Customer_Churn_Prediction', '01_Handoff', 'Huge.md');
    writeFileSync(huge, `# Huge\n\n${'too-large '.repeat(650_000)}\n`);
    const url = `${dev.url}${PAGES.churn}`;
    const deadline = Date.now() + 120_000;
    let text = '';
    while (Date.now() < deadline && !text.includes('This document is not shown')) {
      await sleep(1000);
      const response = await page.goto(url).catch(() => null);
      text = response?.ok()
        ? ((await page.textContent('#doc-01-handoff-huge-md').catch(() => '')) ?? '')
        : '';
    }
    expect(text, outputTail(dev)).toContain(
      'This document is not shown: it is 6.2 MB, over the 5 MB limit',
    );
    expect(text).not.toContain('too-large too-large');
  }, 150_000);
});

/** The server's last lines, for a failure's message. */
const outputTail = (dev: DevServer): string =>
  `dev server output, last lines:\n${dev.output().split('\n').slice(-60).join('\n')}`;

const PAGES = {
  churn: '/catalog/use-cases/uc-001-customer-churn-prediction',
  fraud: '/catalog/use-cases/uc-003-fraud-detection',
  deleted: '/catalog/use-cases/uc-005-predictive-maintenance',
  added: '/catalog/use-cases/uc-042-added-search',
};

/** How the served catalog differs from the files; empty when it matches them exactly. */
async function mismatches(url: string): Promise<string[]> {
  const found: string[] = [];
  const check = (ok: boolean, what: string): void => void (ok || found.push(what));
  const rows = await readIndex(page, `${url}/catalog`);
  const row = (id: string): string => rows.find((candidate) => candidate.id === id)?.text ?? '';
  check(
    rows.map((candidate) => candidate.id).join() === 'UC-001,UC-003,UC-042',
    `index lists ${rows.map((candidate) => candidate.id).join()}`,
  );
  check(row('UC-001').includes('Customer Churn Prediction'), `UC-001 row: ${row('UC-001')}`);
  check(/Fraud Detection.*\b220 ms\b/s.test(row('UC-003')), `UC-003 row: ${row('UC-003')}`);
  check(row('UC-042').includes('Search Ranking'), `UC-042 row: ${row('UC-042')}`);

  const fraud = await readUseCase(page, url + PAGES.fraud);
  // The marker stands in the design's title and in the design document shown below it.
  const markers = [...new Set(fraud.text.match(/edit-\d\d-of-\d\d/g) ?? [])];
  check(fraud.heading === 'UC-003 Fraud Detection', `UC-003 heading: ${fraud.heading}`);
  check(markers.join() === marker(EDITS), `UC-003 page shows ${markers.join() || 'no edit'}`);
  check(fraud.text.includes('220 ms'), 'UC-003 page lacks the last latency');
  const deleted = await readUseCase(page, url + PAGES.deleted);
  check(!deleted.found, `deleted UC-005 still served: ${deleted.heading}`);
  const added = await readUseCase(page, url + PAGES.added);
  check(added.heading === 'UC-042 Search Ranking', `UC-042 heading: ${added.heading || '404'}`);
  const churn = await readUseCase(page, url + PAGES.churn);
  check(churn.heading === 'UC-001 Customer Churn Prediction', `UC-001 heading: ${churn.heading}`);
  return found;
}

/** Polls until the served catalog matches the files, or returns the last differences. */
async function pollUntilSettled(url: string, timeoutMs: number): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let last: string[] = [];
  while (Date.now() < deadline) {
    last = await mismatches(url).catch((error: unknown) => [`page did not load: ${String(error)}`]);
    if (last.length === 0) return last;
    await sleep(1000);
  }
  return last;
}
