/**
 * The two sites the bench builds over the same corpus: a copy of this
 * repository's catalog site (its own config, pointed at the corpus with
 * ARCH_CATALOG_ROOT), and a plain Docusaurus docs site (the baseline).
 * Both are built in temporary site folders, so the repository's `.docusaurus`
 * and `build` are left alone, and with Rspack's persistent cache off, so
 * every build is cold.
 */
import {
  cpSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { measure } from './measure.mjs';

/** What the catalog site is made of, relative to the repository. */
const SITE_FILES = [
  'docusaurus.config.ts',
  'sidebars.ts',
  'package.json',
  'tsconfig.json',
  'src',
  'static',
  'docs',
];

/** Environment shared by both builds. */
export const BUILD_ENV = {
  DOCUSAURUS_NO_PERSISTENT_CACHE: '1',
  DOCUSAURUS_PERF_LOGGER: 'true',
  NODE_ENV: 'production',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
};

/**
 * @param {string} repo
 * @param {string} dir
 */
export function prepareCatalogSite(repo, dir) {
  mkdirSync(dir, { recursive: true });
  for (const name of SITE_FILES)
    cpSync(path.join(repo, name), path.join(dir, name), { recursive: true });
  symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
}

/**
 * A minimal docs site: the classic preset's docs over the corpus, nothing else.
 * @param {string} repo
 * @param {string} dir
 * @param {string} corpus
 */
export function prepareBaselineSite(repo, dir, corpus) {
  mkdirSync(dir, { recursive: true });
  const config = {
    title: 'Plain docs baseline',
    url: 'https://example.com',
    baseUrl: '/',
    onBrokenLinks: 'warn',
    markdown: { format: 'detect' },
    future: { v4: true, faster: true },
    presets: [
      [
        'classic',
        {
          docs: { path: corpus, routeBasePath: '/', include: ['**/*.md'] },
          blog: false,
          pages: false,
        },
      ],
    ],
  };
  writeFileSync(
    path.join(dir, 'docusaurus.config.mjs'),
    `export default ${JSON.stringify(config, null, 2)};\n`,
  );
  const { browserslist } = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'));
  writeFileSync(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: 'plain-docs-baseline', private: true, browserslist }, null, 2)}\n`,
  );
  symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
}

/**
 * `docusaurus build` of a site folder into `outDir`, measured.
 * @param {string} repo
 * @param {string} siteDir
 * @param {string} outDir
 * @param {Record<string, string>} env
 */
export function buildSite(repo, siteDir, outDir, env) {
  const docusaurus = path.join(repo, 'node_modules', '.bin', 'docusaurus');
  return measure(docusaurus, ['build', siteDir, '--out-dir', outDir], {
    cwd: siteDir,
    env: { ...BUILD_ENV, ...env },
    timeoutMs: 60 * 60 * 1000,
    keepLines: /\[PERF\]/,
    sampleRss: true,
  });
}

/**
 * @typedef {object} BuildShape
 * @property {number} pages     HTML files
 * @property {number} htmlBytes all HTML, in bytes
 * @property {number} mainJsBytes `assets/js/main.*.js`
 * @property {number} totalBytes the whole output folder
 */

/**
 * @param {string} outDir
 * @returns {BuildShape}
 */
export function inspectBuild(outDir) {
  const shape = { pages: 0, htmlBytes: 0, mainJsBytes: 0, totalBytes: 0 };
  walk(outDir, (file, size) => {
    shape.totalBytes += size;
    if (file.endsWith('.html')) {
      shape.pages += 1;
      shape.htmlBytes += size;
    }
  });
  const jsDir = path.join(outDir, 'assets', 'js');
  for (const name of safeList(jsDir)) {
    if (/^main\.[0-9a-f]+\.js$/.test(name))
      shape.mainJsBytes += statSync(path.join(jsDir, name)).size;
  }
  return shape;
}

/**
 * @param {string} dir
 * @param {(file: string, size: number) => void} visit
 */
function walk(dir, visit) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, visit);
    else if (entry.isFile()) visit(full, statSync(full).size);
  }
}

/** @param {string} dir */
function safeList(dir) {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/**
 * The first use-case page of a catalog build, as a URL path.
 * @param {string} outDir
 */
export function firstUseCasePath(outDir) {
  const dir = path.join(outDir, 'catalog', 'use-cases');
  // Skip the redirect pages of use case ids (`UC-0001`, `uc-0001`): they only lead to the page.
  const slug = safeList(dir).find(
    (name) =>
      !readFileSync(path.join(dir, name, 'index.html'), 'utf8').includes('http-equiv="refresh"'),
  );
  return slug ? `/catalog/use-cases/${slug}` : undefined;
}

/**
 * The first use case's Architecture Design page in the plain docs site
 * (Docusaurus strips number prefixes such as `02_` from folder names, so
 * the page is found in the output rather than derived from the source path).
 * @param {string} outDir
 */
export function firstBaselineDesignPath(outDir) {
  for (const folder of safeList(outDir)) {
    if (!folder.startsWith('UC-')) continue;
    for (const section of safeList(path.join(outDir, folder))) {
      if (safeList(path.join(outDir, folder, section)).includes('Architecture_Design')) {
        return `/${folder}/${section}/Architecture_Design`;
      }
    }
  }
  return undefined;
}

/**
 * The slowest phases of a build, from Docusaurus's `[PERF] a > b > c - 12.34 seconds!` lines:
 * the phases under `Build > <locale>`, at most `depth` levels deep, that took at least a second,
 * slowest first. With the time each line came (`keptAt`) and RSS samples, each phase also gets
 * the peak RSS sampled while it ran (a line comes when its phase ends).
 * @param {string[]} lines
 * @param {number} [depth]
 * @param {{keptAt?: number[], rssSamples?: {at: number, rss: number}[]}} [timeline]
 * @returns {{phase: string, ms: number, peakRss: number | undefined}[]}
 */
export function buildPhases(lines, depth = 4, timeline = {}) {
  const phases = [];
  for (const [index, raw] of lines.entries()) {
    // eslint-disable-next-line no-control-regex
    const line = raw.replace(/\u001b\[[0-9;]*m/g, '');
    const match = /\[PERF\]\S* (.+?) - ([\d.]+) (seconds|ms)/.exec(line);
    if (!match) continue;
    const phase = match[1].trim();
    const ms = Number(match[2]) * (match[3] === 'seconds' ? 1000 : 1);
    const level = phase.split(' > ').length;
    if (level < 3 || level > depth || ms < 1000) continue;
    const end = timeline.keptAt?.[index];
    phases.push({
      phase,
      ms,
      peakRss: end === undefined ? undefined : peakIn(timeline, end - ms, end),
    });
  }
  return phases.sort((a, b) => b.ms - a.ms);
}

/**
 * @param {{rssSamples?: {at: number, rss: number}[]}} timeline
 * @param {number} from
 * @param {number} to
 */
function peakIn(timeline, from, to) {
  const inside = (timeline.rssSamples ?? []).filter(
    (sample) => sample.at >= from && sample.at <= to,
  );
  return inside.length > 0 ? Math.max(...inside.map((sample) => sample.rss)) : undefined;
}
