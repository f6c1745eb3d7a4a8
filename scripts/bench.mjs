#!/usr/bin/env node
/**
 * `npm run bench`: the speed, memory and size budgets, measured side by side in one run.
 *
 *   node scripts/bench.mjs [--count 1000] [--big-count 10000] [--site-count N] [--reps 3]
 *                          [--site-reps 1] [--big-timeout 900] [--seed 1] [--quick]
 *                          [--huge-count 5000] [--skip-site] [--skip-big] [--skip-dev]
 *                          [--skip-huge] [--with-baseline] [--work DIR] [--keep]
 *                          [--out bench/results.md]
 *
 * --count is N for everything; --site-count lowers it for the site builds and the dev server.
 * --huge-count is N for one more catalog site build, which must finish.
 * --with-baseline also builds the plain docs site (a route per document) and records its
 * figures in bench/baseline-site.json; without it the ratios use that recorded run (its
 * build alone takes longer than the rest of the bench).
 * --quick: N = 100, big N = 1,000, site N = 20, huge N = 100, one repetition (a smoke run).
 *
 * Generates the corpora once (scripts/generate-corpus.mjs), runs each tool as a
 * whole child process, repetitions interleaved so that load on the machine hits
 * every tool alike, and prints the medians, ratios and PASS/FAIL per budget
 * (also written to --out).
 */
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { measure } from './bench/measure.mjs';
import { measurePages } from './bench/page-weight.mjs';
import {
  KB,
  MB,
  budgetTable,
  bytes,
  markdownTable,
  measurementTable,
  medianMs,
  pageTable,
  peakRss,
  ratio,
  seconds,
  verdict,
} from './bench/report.mjs';
import {
  buildPhases,
  buildSite,
  firstBaselineDesignPath,
  firstUseCasePath,
  inspectBuild,
  prepareBaselineSite,
  prepareCatalogSite,
} from './bench/sites.mjs';
import { generateCorpus } from './generate-corpus.mjs';
import { freePort, startDevServer, waitForOutput } from './lib/dev-server.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(REPO, 'plugins', 'architecture-catalog', 'bin', 'arch-catalog.js');
const MARKDOWNLINT = path.join(REPO, 'node_modules', '.bin', 'markdownlint-cli2');
const FLOOR = path.join(REPO, 'scripts', 'bench', 'parse-floor.mjs');
const WARM_FLOOR = path.join(REPO, 'scripts', 'bench', 'warm-floor.mjs');
const DESIGN_GLOB = '*/02_Architecture/Architecture_Design.md';
const BASELINE_RECORD = path.join(REPO, 'bench', 'baseline-site.json');

/** @param {string} message */
function log(message) {
  const time = new Date().toISOString().slice(11, 19);
  process.stderr.write(`[bench ${time}] ${message}\n`);
}

function options() {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      'big-count': { type: 'string' },
      reps: { type: 'string' },
      'site-reps': { type: 'string' },
      'site-count': { type: 'string' },
      'big-timeout': { type: 'string' },
      'huge-count': { type: 'string' },
      seed: { type: 'string', default: '1' },
      quick: { type: 'boolean', default: false },
      'skip-site': { type: 'boolean', default: false },
      'skip-big': { type: 'boolean', default: false },
      'skip-dev': { type: 'boolean', default: false },
      'skip-huge': { type: 'boolean', default: false },
      'with-baseline': { type: 'boolean', default: false },
      work: { type: 'string' },
      keep: { type: 'boolean', default: false },
      out: { type: 'string', default: path.join(REPO, 'bench', 'results.md') },
    },
  });
  const quick = values.quick;
  const int = (/** @type {string | undefined} */ v, /** @type {number} */ fallback) =>
    v === undefined ? fallback : Math.max(1, Math.floor(Number(v)) || fallback);
  return {
    count: int(values.count, quick ? 100 : 1000),
    siteCount: int(values['site-count'], int(values.count, quick ? 20 : 1000)),
    bigCount: int(values['big-count'], quick ? 1000 : 10000),
    hugeCount: int(values['huge-count'], quick ? 100 : 5000),
    reps: int(values.reps, quick ? 1 : 3),
    bigTimeoutMs: 1000 * int(values['big-timeout'], 900),
    siteReps: int(values['site-reps'], 1),
    seed: Number(values.seed) || 1,
    quick,
    skipSite: values['skip-site'],
    skipBig: values['skip-big'],
    skipDev: values['skip-dev'],
    skipHuge: values['skip-huge'],
    withBaseline: values['with-baseline'],
    work: values.work
      ? path.resolve(values.work)
      : mkdtempSync(path.join(os.tmpdir(), 'arch-catalog-bench-')),
    keep: values.keep || Boolean(values.work),
    out: path.resolve(values.out),
  };
}

/** @typedef {ReturnType<typeof options>} Options */

/**
 * @param {Options} o
 * @param {string} name
 * @param {number} count
 * @param {number} defects
 */
function corpus(o, name, count, defects) {
  const dir = path.join(o.work, name);
  const started = performance.now();
  const summary = generateCorpus({ out: dir, count, seed: o.seed, defects });
  const ms = performance.now() - started;
  log(
    `${name}: ${count} use cases, ${summary.files} files, ${bytes(summary.bytes)} in ${seconds(ms)}`,
  );
  return { dir, summary, ms };
}

/** The template's headings as an MD043 config: `#` title, `##` sections, `###` Component Design parts. */
async function md043Config(/** @type {string} */ work) {
  const template = await import(
    pathToFileURL(
      path.join(
        REPO,
        'plugins',
        'architecture-catalog',
        'lib',
        'engine',
        'template',
        'sections.js',
      ),
    ).href
  );
  const headings = ['?', '*'];
  for (const section of template.REQUIRED_SECTIONS) {
    headings.push(`## ${section.title}`, '*');
    for (const sub of section.subsections ?? []) headings.push(`### ${sub}`, '*');
  }
  const dir = path.join(work, 'md043');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, '.markdownlint-cli2.jsonc');
  writeFileSync(file, JSON.stringify({ config: { default: false, MD043: { headings } } }, null, 2));
  return file;
}

/**
 * The commands compared side by side on the same Architecture Designs.
 * @param {Options} o
 * @param {string} root
 * @param {string} mdConfig
 */
function toolCommands(o, root, mdConfig) {
  return {
    floor: () => measure(process.execPath, [FLOOR, root], { cwd: o.work }),
    markdownlint: () => measure(MARKDOWNLINT, ['--config', mdConfig, DESIGN_GLOB], { cwd: root }),
    validate: () =>
      measure(process.execPath, [CLI, 'validate', '--root', root, '--format', 'json'], {
        cwd: o.work,
        stdoutFile: path.join(o.work, 'validate.json'),
      }),
  };
}

/**
 * Repetitions interleaved: floor, markdownlint, validate, floor, ...
 * @param {Options} o
 * @param {Record<string, () => Promise<import('./bench/measure.mjs').Run>>} commands
 */
async function interleaved(o, commands) {
  /** @type {Record<string, import('./bench/measure.mjs').Run[]>} */
  const runs = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let rep = 1; rep <= o.reps; rep++) {
    for (const [name, command] of Object.entries(commands)) {
      const run = await command();
      runs[name].push(run);
      log(`rep ${rep}/${o.reps} ${name}: ${seconds(run.ms)}, ${bytes(run.rss)}, exit ${run.code}`);
      if (run.code !== 0 && run.code !== 1) log(`  ${name} output: ${run.output.slice(-600)}`);
    }
  }
  return runs;
}

async function cliHasCache() {
  const help = await measure(process.execPath, [CLI, '--help'], {});
  return help.output.includes('--cache');
}

/**
 * `validate --cache` after one file changed: one run fills the cache, then each repetition edits a design.
 * @param {Options} o
 * @param {string} root
 */
async function warmRuns(o, root) {
  const cacheDir = path.join(o.work, 'cache-cwd');
  mkdirSync(cacheDir, { recursive: true });
  const args = [CLI, 'validate', '--root', root, '--format', 'json', '--cache'];
  const run = () =>
    measure(process.execPath, args, { cwd: cacheDir, stdoutFile: path.join(o.work, 'warm.json') });
  const fill = await run();
  log(`cache filled: ${seconds(fill.ms)}, exit ${fill.code}`);
  const edited = path.join(root, firstWorkspace(root), '02_Architecture', 'Architecture_Design.md');
  const runs = [];
  for (let rep = 1; rep <= o.reps; rep++) {
    appendFileSync(edited, `\nEdited for warm run ${rep}.\n`);
    const warm = await run();
    runs.push(warm);
    log(
      `rep ${rep}/${o.reps} validate --cache, one file changed: ${seconds(warm.ms)}, exit ${warm.code}`,
    );
  }
  return runs;
}

/**
 * What any warm run costs even with nothing to parse: start, stat the tree,
 * write a report as large as validate's.
 * @param {Options} o
 * @param {string} root
 */
async function warmFloorRuns(o, root) {
  const runs = [];
  for (let rep = 1; rep <= o.reps; rep++) {
    const run = await measure(
      process.execPath,
      [WARM_FLOOR, root, path.join(o.work, 'warm.json')],
      {
        cwd: o.work,
        stdoutFile: path.join(o.work, 'warm-floor.json'),
      },
    );
    runs.push(run);
    log(`rep ${rep}/${o.reps} warm-run floor: ${seconds(run.ms)}, exit ${run.code}`);
  }
  return runs;
}

/** @param {string} root */
function firstWorkspace(root) {
  return readdirSync(root).sort()[0];
}

/**
 * The plain docs site's figures from the last run that built it, when it had as many use cases.
 * @param {number} count
 * @returns {{ date: string, count: number, wallMs: number, rssBytes: number, designPageGzipBytes?: number } | undefined}
 */
function recordedBaseline(count) {
  try {
    const record = JSON.parse(readFileSync(BASELINE_RECORD, 'utf8'));
    return record.count === count ? record : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The catalog site build (and with --with-baseline the plain docs site's), `siteReps` times
 * each, then their shape and page weights.
 * @param {Options} o
 * @param {string} root clean corpus
 */
async function siteRuns(o, root) {
  const catalogSite = path.join(o.work, 'site-catalog');
  const baselineSite = path.join(o.work, 'site-baseline');
  prepareCatalogSite(REPO, catalogSite);
  prepareBaselineSite(REPO, baselineSite, root);
  const out = {
    catalog: path.join(o.work, 'out-catalog'),
    baseline: path.join(o.work, 'out-baseline'),
  };
  /** @type {{catalog: import('./bench/measure.mjs').Run[], baseline: import('./bench/measure.mjs').Run[]}} */
  const runs = { catalog: [], baseline: [] };
  for (let rep = 1; rep <= o.siteReps; rep++) {
    for (const name of /** @type {const} */ (
      o.withBaseline ? ['catalog', 'baseline'] : ['catalog']
    )) {
      rmSync(out[name], { recursive: true, force: true });
      const site = name === 'catalog' ? catalogSite : baselineSite;
      const run = await buildSite(REPO, site, out[name], { ARCH_CATALOG_ROOT: root });
      runs[name].push(run);
      log(
        `rep ${rep}/${o.siteReps} ${name} site build: ${seconds(run.ms)}, ${bytes(run.rss)}, exit ${run.code}`,
      );
      if (run.code !== 0) log(`  ${name} build output: ${run.output.slice(-2000)}`);
    }
  }
  const shapes = {
    catalog: runs.catalog.some((r) => r.code === 0) ? inspectBuild(out.catalog) : undefined,
    baseline: runs.baseline.some((r) => r.code === 0) ? inspectBuild(out.baseline) : undefined,
  };
  let pages;
  const useCase = shapes.catalog ? firstUseCasePath(out.catalog) : undefined;
  if (shapes.catalog && useCase) {
    log('page weights (headless Chromium)');
    try {
      const [index, uc] = await measurePages(out.catalog, ['/catalog', useCase]);
      const baselineDesign = shapes.baseline ? await baselineDesignWeight(out.baseline) : undefined;
      pages = { index, useCase: uc, baselineDesign };
    } catch (error) {
      log(`page weights failed: ${error instanceof Error ? error.message : error}`);
    }
  }
  const baseline = runs.baseline.find((run) => run.code === 0);
  if (baseline) {
    const record = {
      date: new Date().toISOString().slice(0, 10),
      count: o.siteCount,
      wallMs: Math.round(medianMs(runs.baseline)),
      rssBytes: peakRss(runs.baseline),
      designPageGzipBytes: pages?.baselineDesign?.gzipBytes,
    };
    writeFileSync(BASELINE_RECORD, `${JSON.stringify(record, null, 2)}\n`);
  }
  return { runs, shapes, pages, catalogSite, recorded: recordedBaseline(o.siteCount) };
}

/**
 * A design page of the plain docs site: what Docusaurus alone makes a reader
 * download for one page of a site with as many routes.
 * @param {string} outDir
 */
async function baselineDesignWeight(outDir) {
  const design = firstBaselineDesignPath(outDir);
  if (!design) return undefined;
  const [weight] = await measurePages(outDir, [design]);
  return weight;
}

/**
 * `docusaurus start` over the site corpus: seconds until the first catalog
 * page is served, then, after one design is edited, how many documents the
 * plugin parses and renders again (its `[arch-catalog] re-parsed N of M
 * documents` and `rendered N of M documents` lines).
 * @param {Options} o
 * @param {string} catalogSite
 * @param {string} root
 */
async function devServer(o, catalogSite, root) {
  const started = performance.now();
  const server = startDevServer(catalogSite, root, await freePort());
  const seen = (/** @type {(output: string) => boolean} */ found, /** @type {number} */ ms) =>
    waitForOutput(server, found, ms).then(
      () => true,
      () => false,
    );
  try {
    const firstPageMs = await firstPageServed(`${server.url}/catalog`, server, 900_000);
    if (firstPageMs === undefined) return { note: 'no catalog page served within 15 min' };
    const firstPage = firstPageMs - started;
    log(`dev server: first catalog page served after ${seconds(firstPage)}`);
    // The file watcher is only sure to be watching once the client compiled.
    if (!(await seen((output) => /compiled successfully/i.test(output), 300_000)))
      return { firstPage, note: 'dev server did not compile within 5 min' };
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const before = server.output().length;
    const edited = path.join(
      root,
      firstWorkspace(root),
      '02_Architecture',
      'Architecture_Design.md',
    );
    appendFileSync(edited, '\nEdited by the bench.\n');
    const reparse = /re-parsed (\d+) of (\d+) documents/;
    const rendered = /rendered (\d+) of (\d+) documents/;
    const after = () => server.output().slice(before);
    if (!(await seen(() => reparse.test(after()) && rendered.test(after()), 300_000)))
      return { firstPage, note: 'no re-parse and render lines within 5 min of the edit' };
    const parsed = reparse.exec(after());
    const render = rendered.exec(after());
    return {
      firstPage,
      reparsed: Number(parsed?.[1]),
      of: Number(parsed?.[2]),
      rendered: Number(render?.[1]),
      renderedOf: Number(render?.[2]),
    };
  } finally {
    await server.stop();
  }
}

/**
 * When `url` first answered 200, polling every second; undefined if the server ended or time ran out.
 * @param {string} url
 * @param {{ exited: () => boolean }} server
 * @param {number} timeoutMs
 */
async function firstPageServed(url, server, timeoutMs) {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline && !server.exited()) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return performance.now();
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return undefined;
}

/**
 * One catalog site build at `--huge-count`, which must finish.
 * @param {Options} o
 * @param {any} m
 */
async function hugeSite(o, m) {
  const { dir: root } = corpus(o, 'corpus-huge', o.hugeCount, 0);
  const out = path.join(o.work, 'out-huge');
  const run = await buildSite(REPO, m.site.catalogSite, out, { ARCH_CATALOG_ROOT: root });
  log(
    `catalog site build, N = ${o.hugeCount}: ${seconds(run.ms)}, ${bytes(run.rss)}, exit ${run.code}`,
  );
  if (run.code !== 0) log(`  build output: ${run.output.slice(-2000)}`);
  rmSync(out, { recursive: true, force: true });
  m.huge = run;
}

/**
 * @param {number} a
 * @param {number} b
 */
const div = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : Number.NaN);

/**
 * @param {Options} o
 * @param {any} m everything measured
 */
function budgets(o, m) {
  const cold = medianMs(m.tools.validate);
  const lint = medianMs(m.tools.markdownlint);
  const floor = medianMs(m.tools.floor);
  const warm = m.warm ? medianMs(m.warm) : Number.NaN;
  const warmFloor = m.warmFloor ? medianMs(m.warmFloor) : Number.NaN;
  const big = m.big?.[0];
  const site = m.site;
  const siteMs = medianMs(site?.runs.catalog);
  const recorded = site?.runs.baseline.length ? undefined : site?.recorded;
  const baseMs = recorded ? recorded.wallMs : medianMs(site?.runs.baseline);
  const baseRss = recorded ? recorded.rssBytes : peakRss(site?.runs.baseline ?? []);
  const baseNote = recorded ? ` (recorded ${recorded.date})` : '';
  const huge = m.huge;
  const index = site?.pages?.index;
  const uc = site?.pages?.useCase;
  const plainPage =
    site?.pages?.baselineDesign ??
    (recorded?.designPageGzipBytes ? { gzipBytes: recorded.designPageGzipBytes } : undefined);
  const ucNoMermaid = uc ? uc.gzipBytes - uc.mermaidGzipBytes : Number.NaN;
  const mermaidOnlyWhereDrawn =
    index && uc ? [index, uc].every((p) => !p.mermaidFetched || p.draws) : undefined;
  const ok = (/** @type {number} */ x, /** @type {number} */ limit) =>
    Number.isFinite(x) ? x <= limit : undefined;
  return [
    {
      what: '`arch-catalog validate`, cold, vs markdownlint-cli2 MD043',
      budget: '≤ 0.5x',
      measured: `${ratio(div(cold, lint))} (${seconds(cold)} / ${seconds(lint)})`,
      result: verdict(ok(div(cold, lint), 0.5)),
    },
    {
      what: 'same, vs the single-process parse floor',
      budget: '≤ 1.0x',
      measured: `${ratio(div(cold, floor))} (${seconds(cold)} / ${seconds(floor)})`,
      result: verdict(ok(div(cold, floor), 1.0)),
    },
    {
      what: '`--cache`, one file changed, vs cold',
      budget: '≤ 0.1x',
      measured: m.warm
        ? `${ratio(div(warm, cold))} (${seconds(warm)} / ${seconds(cold)}); ` +
          `the floor of any warm run is ${ratio(div(warmFloor, cold))} (${seconds(warmFloor)})`
        : 'n/a (no --cache yet)',
      result: verdict(m.warm ? ok(div(warm, cold), 0.1) : undefined),
    },
    {
      what: `N = ${o.bigCount.toLocaleString('en')} validate`,
      budget: 'finishes; peak RSS < 1 GB',
      measured: big
        ? big.timedOut
          ? `stopped after ${seconds(big.ms)} (--big-timeout), peak RSS so far ${bytes(big.rss)}`
          : `${seconds(big.ms)}, exit ${big.code}, ${bytes(big.rss)}`
        : 'n/a (skipped)',
      result: verdict(
        big
          ? !big.timedOut && (big.code === 0 || big.code === 1) && (big.rss ?? Infinity) < 1024 * MB
          : undefined,
      ),
    },
    {
      what: `site build, wall (N = ${o.siteCount})`,
      budget: '≤ 60 s, and ≤ 0.35x the plain docs site (a route per document)',
      measured: `${seconds(siteMs)}; ${ratio(div(siteMs, baseMs))} of ${seconds(baseMs)}${baseNote}`,
      result: verdict(
        Number.isFinite(siteMs)
          ? siteMs <= 60_000 && (ok(div(siteMs, baseMs), 0.35) ?? false)
          : undefined,
      ),
    },
    {
      what: 'site build peak RSS',
      budget: '≤ 2.5 GB',
      measured: site
        ? `${bytes(peakRss(site.runs.catalog))}; the plain docs site: ${bytes(baseRss)}${baseNote}`
        : 'n/a',
      result: verdict(
        site ? (peakRss(site.runs.catalog) ?? Infinity) <= 2.5 * 1024 * MB : undefined,
      ),
    },
    {
      what: `index page download, gzipped (N = ${o.siteCount})`,
      budget: '≤ 350 KB',
      measured: index
        ? bytes(index.gzipBytes) +
          (plainPage ? `; a page of the plain docs site: ${bytes(plainPage.gzipBytes)}` : '')
        : 'n/a',
      result: verdict(index ? index.gzipBytes <= 350 * KB : undefined),
    },
    {
      what: 'use-case page download without mermaid, gzipped',
      budget: '≤ 300 KB',
      measured: uc
        ? `${bytes(ucNoMermaid)} (+ ${bytes(uc.mermaidGzipBytes)} mermaid)` +
          (plainPage ? `; a page of the plain docs site: ${bytes(plainPage.gzipBytes)}` : '')
        : 'n/a',
      result: verdict(uc ? ucNoMermaid <= 300 * KB : undefined),
    },
    {
      what: 'mermaid fetched only by pages that draw',
      budget: 'yes',
      measured:
        index && uc
          ? `index: ${index.mermaidFetched ? 'fetched' : 'not fetched'}; use case: ${uc.mermaidFetched ? 'fetched' : 'not fetched'}, ${uc.draws ? 'draws' : 'no diagram'}`
          : 'n/a',
      result: verdict(mermaidOnlyWhereDrawn),
    },
    {
      what: `N = ${o.hugeCount.toLocaleString('en')} site build`,
      budget: 'finishes; wall and RSS reported',
      measured: huge
        ? `${seconds(huge.ms)}, exit ${huge.code}, ${bytes(huge.rss)}`
        : 'n/a (skipped)',
      result: verdict(huge ? huge.code === 0 : undefined),
    },
    {
      what: `\`npm start\` (N = ${o.siteCount}): first page, then one design edited`,
      budget: 'first page served; 1 document re-parsed and re-rendered',
      measured:
        m.dev?.reparsed !== undefined
          ? `first page after ${seconds(m.dev.firstPage)}; re-parsed ${m.dev.reparsed} of ${m.dev.of}, rendered ${m.dev.rendered} of ${m.dev.renderedOf}`
          : (m.dev?.note ?? 'n/a (skipped)'),
      result: verdict(
        m.dev?.reparsed !== undefined ? m.dev.reparsed === 1 && m.dev.rendered === 1 : undefined,
      ),
    },
    benchTimeBudget(o, m),
  ];
}

/**
 * The bench's own wall time, judged only for a whole run at the default sizes.
 * @param {Options} o
 * @param {any} m
 */
function benchTimeBudget(o, m) {
  const whole =
    m.site &&
    m.big &&
    m.dev &&
    m.huge &&
    o.count >= 1000 &&
    o.siteCount >= 1000 &&
    o.hugeCount >= 5000;
  const minutes = (/** @type {number} */ ms) => `${(ms / 60000).toFixed(1)} min`;
  const baseline = medianMs(m.site?.runs.baseline);
  return {
    what: 'the whole bench, on 2 cores',
    budget: '≤ 15 min',
    measured: whole
      ? `${minutes(m.totalMs)}` +
        (m.site.runs.baseline.length
          ? `; the plain docs site's build alone: ${minutes(baseline)}`
          : '; without the plain docs site (recorded figures)')
      : 'n/a (not a whole run)',
    result: verdict(whole ? m.totalMs <= 15 * 60000 : undefined),
  };
}

/**
 * Where each site build spends its time (Docusaurus's perf logger, last run).
 * @param {{catalog: import('./bench/measure.mjs').Run[], baseline: import('./bench/measure.mjs').Run[]}} runs
 */
function phaseSection(runs) {
  const rows = [];
  for (const name of /** @type {const} */ (['catalog', 'baseline'])) {
    const last = runs[name][runs[name].length - 1];
    const phases = last ? buildPhases(last.kept ?? [], 4, last).slice(0, 8) : [];
    for (const { phase, ms, peakRss } of phases) {
      rows.push([name, phase, seconds(ms), peakRss === undefined ? 'n/a' : bytes(peakRss)]);
    }
  }
  if (rows.length === 0) return [];
  return [
    '## Site build phases (Docusaurus perf logger, phases over 1 s)',
    '',
    'Peak RSS: the largest process of the build, sampled every 500 ms while the phase ran.',
    '',
    markdownTable(['site', 'phase', 'time', 'peak RSS'], rows),
    '',
  ];
}

/**
 * @param {Options} o
 * @param {any} m
 */
function report(o, m) {
  const designs = m.corpus?.summary ?? { files: 0, bytes: 0, designBytes: 0 };
  const rows = [
    { label: 'parse floor: read + mdast/GFM, designs only, one process', runs: m.tools.floor },
    { label: 'markdownlint-cli2 0.22, MD043 only, designs', runs: m.tools.markdownlint },
    { label: '`arch-catalog validate --format json`, cold', runs: m.tools.validate },
    m.warm
      ? { label: '`validate --cache`, one file changed', runs: m.warm }
      : {
          label: '`validate --cache`, one file changed',
          runs: undefined,
          note: 'n/a (no --cache yet)',
        },
    ...(m.warmFloor
      ? [{ label: 'warm-run floor: start, stat every file, write the report', runs: m.warmFloor }]
      : []),
    m.big
      ? {
          label: `\`validate\`, N = ${o.bigCount}`,
          runs: m.big,
          note: `${bytes(m.bigCorpus.summary.bytes)} of markdown`,
        }
      : { label: `\`validate\`, N = ${o.bigCount}`, runs: undefined, note: 'skipped' },
  ];
  if (m.site) {
    for (const [name, label] of [
      ['catalog', '`docusaurus build`, catalog site'],
      ['baseline', '`docusaurus build`, plain docs site (baseline)'],
    ]) {
      if (name === 'baseline' && m.site.runs.baseline.length === 0) {
        const recorded = m.site.recorded;
        rows.push({
          label,
          runs: undefined,
          note: recorded
            ? `not built this run (--with-baseline builds it); recorded ${recorded.date}: ${seconds(recorded.wallMs)}, ${bytes(recorded.rssBytes)}`
            : 'not built this run, and no recorded run at this N (--with-baseline)',
        });
        continue;
      }
      const shape = m.site.shapes[name];
      const perPage = shape ? (medianMs(m.site.runs[name]) / shape.pages).toFixed(1) : 'n/a';
      const note = shape
        ? `${shape.pages} HTML pages, ${perPage} ms/page, ${bytes(shape.htmlBytes / shape.pages)} HTML/page, main.js ${bytes(shape.mainJsBytes)}, output ${bytes(shape.totalBytes)}`
        : 'build failed';
      rows.push({ label, runs: m.site.runs[name], note });
    }
  }
  if (m.huge) {
    rows.push({ label: `\`docusaurus build\`, catalog site, N = ${o.hugeCount}`, runs: [m.huge] });
  }
  const load = `${m.load.start.map((x) => x.toFixed(1)).join(' ')} at start, ${m.load.end.map((x) => x.toFixed(1)).join(' ')} at end`;
  const lines = [
    '# Benchmark results',
    '',
    `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · Node ${process.version} · ${os.cpus().length} CPUs · load average ${load} · seed ${o.seed}`,
    '',
    `N = ${o.count} use cases (${designs.files} files, ${bytes(designs.bytes)}; Architecture Designs ${bytes(designs.designBytes)}; ` +
      `10% with a defect), generated in ${seconds(m.corpus?.ms ?? Number.NaN)}. ` +
      `Medians of ${o.reps} runs (site builds: ${o.siteReps}), each a whole child process; peak RSS from GNU time (largest process). ` +
      `Site builds run over N = ${o.siteCount} use cases (same seed) without defects (the site refuses invalid documents), with Rspack's persistent cache off.`,
    '',
    '## Measurements',
    '',
    measurementTable(rows),
    '',
  ];
  if (m.site) lines.push(...phaseSection(m.site.runs));
  if (m.site?.pages) {
    lines.push(
      '## Reader downloads (catalog site, first visit, every response gzipped)',
      '',
      pageTable([
        { label: 'index', weight: m.site.pages.index },
        { label: 'use case', weight: m.site.pages.useCase },
        ...(m.site.pages.baselineDesign
          ? [{ label: 'plain docs site: a design page', weight: m.site.pages.baselineDesign }]
          : []),
      ]),
      '',
    );
  }
  lines.push(
    '## Budgets',
    '',
    budgetTable(budgets(o, m)),
    '',
    `Total bench time: ${seconds(m.totalMs)}.`,
    '',
  );
  if (m.errors.length) lines.push('## Steps that failed', '', ...m.errors.map((e) => `- ${e}`), '');
  return lines.join('\n');
}

/**
 * The results as the repository's prettier would write them, so that `prettier --check .` stays clean.
 * @param {string} markdown
 * @param {string} file
 */
async function prettierFormat(markdown, file) {
  try {
    const prettier = await import('prettier');
    const config = (await prettier.resolveConfig(file)) ?? {};
    return await prettier.format(markdown, { ...config, parser: 'markdown' });
  } catch {
    return markdown;
  }
}

/**
 * `validate` over the big corpus, once, with a time limit.
 * @param {Options} o
 * @param {any} m
 */
async function bigValidate(o, m) {
  m.bigCorpus = corpus(o, 'corpus-big', o.bigCount, 0.1);
  const args = [CLI, 'validate', '--root', m.bigCorpus.dir, '--format', 'json'];
  const big = await measure(process.execPath, args, {
    cwd: o.work,
    stdoutFile: path.join(o.work, 'validate-big.json'),
    timeoutMs: o.bigTimeoutMs,
  });
  m.big = [big];
  log(`validate N = ${o.bigCount}: ${seconds(big.ms)}, ${bytes(big.rss)}, exit ${big.code}`);
}

async function main() {
  const o = options();
  const started = performance.now();
  log(
    `work dir ${o.work}; N = ${o.count}, big N = ${o.bigCount}, site N = ${o.siteCount}, reps ${o.reps}, site reps ${o.siteReps}`,
  );
  /** @type {any} */
  const m = { load: { start: os.loadavg() }, tools: {}, errors: [] };
  /**
   * A step that fails is logged and reported; the others still run.
   * @param {string} name
   * @param {() => Promise<void> | void} body
   */
  const step = async (name, body) => {
    try {
      await body();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`${name} failed: ${message}`);
      m.errors.push(`${name}: ${message}`);
    }
  };
  await step('tools', async () => {
    m.corpus = corpus(o, 'corpus', o.count, 0.1);
    const mdConfig = await md043Config(o.work);
    m.tools = await interleaved(o, toolCommands(o, m.corpus.dir, mdConfig));
    if (await cliHasCache()) {
      m.warm = await warmRuns(o, m.corpus.dir);
      m.warmFloor = await warmFloorRuns(o, m.corpus.dir);
    } else log('no --cache in `arch-catalog --help`: warm row n/a');
  });
  if (!o.skipBig) await step('big validate', () => bigValidate(o, m));
  if (!o.skipSite) {
    await step('site builds', async () => {
      m.siteCorpus = corpus(o, 'corpus-site', o.siteCount, 0);
      m.site = await siteRuns(o, m.siteCorpus.dir);
    });
    if (!o.skipHuge && m.site) {
      await step('huge site build', () => hugeSite(o, m));
    }
    if (!o.skipDev && m.site) {
      await step('dev server', async () => {
        log(`dev server over N = ${o.siteCount}: first page, then one edit`);
        m.dev = await devServer(o, m.site.catalogSite, m.siteCorpus.dir);
      });
    }
  }
  m.load.end = os.loadavg();
  m.totalMs = performance.now() - started;
  if (!o.keep) rmSync(o.work, { recursive: true, force: true });
  const markdown = await prettierFormat(report(o, m), o.out);
  mkdirSync(path.dirname(o.out), { recursive: true });
  writeFileSync(o.out, markdown);
  process.stdout.write(`${markdown}\n`);
  log(`written to ${path.relative(process.cwd(), o.out) || o.out}`);
}

await main();
