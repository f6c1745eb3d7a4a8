import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { fixture, REPO_ROOT, tempDir } from '../helpers.js';

const SITE = fixture('site');
const DOCUSAURUS = path.join(REPO_ROOT, 'node_modules', '.bin', 'docusaurus');
const temp = tempDir('arch-catalog-site-');
afterAll(() => temp.cleanup());

/** Boolean checks keep a failure's message short: the pages are 20 KB of minified HTML. */
const contains = (html: string, text: string): boolean => html.includes(text);
const isRedirect = (html: string): boolean => html.includes('<meta http-equiv="refresh"');
const linksTo = (html: string, href: string): boolean =>
  new RegExp(`href="?${href}"?[ >]`).test(html);

function build(onInvalidDocument: string, outDir: string, baseline?: string) {
  return spawnSync(DOCUSAURUS, ['build', SITE, '--out-dir', outDir], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ARCH_CATALOG_ON_INVALID: onInvalidDocument,
      ARCH_CATALOG_BASELINE: baseline,
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    timeout: 400_000,
  });
}

describe('docusaurus build over a tree with errors', () => {
  it(
    'fails under onInvalidDocument: throw, printing rule ids and positions',
    { timeout: 400_000 },
    () => {
      const run = build('throw', path.join(temp.dir, 'throw'));
      expect(run.status).not.toBe(0);
      const output = run.stdout + run.stderr;
      expect(output).toMatch(/Architecture catalog: 2 error\(s\)/);
      expect(output).toMatch(
        /UC-001_Copy\n\s+1:1\s+error\s+Use case id UC-001 is already used by 'UC-001_Alpha'\s+duplicate-use-case-id/,
      );
      expect(output).toMatch(
        /1:1\s+error\s+UC-002_Beta has no 02_Architecture\/Architecture_Design.md .*missing-architecture-design/,
      );
      expect(output).toMatch(/onInvalidDocument/);
    },
  );

  it(
    'builds under throw with a baseline that accepts those errors, and says so',
    { timeout: 400_000 },
    async () => {
      const baseline = path.join(temp.dir, 'baseline.json');
      const written = await runCli([
        'baseline',
        '--root',
        fixture('trees', 'mixed'),
        '--out',
        baseline,
      ]);
      expect(written.code).toBe(0);
      const run = build('throw', path.join(temp.dir, 'baseline'), baseline);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout + run.stderr).toMatch(/problem\(s\) accepted by the baseline left out/);
    },
  );

  it('stops with one clear line when the baseline file is missing', { timeout: 400_000 }, () => {
    const run = build('throw', path.join(temp.dir, 'no-baseline'), 'missing-baseline.json');
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toMatch(
      /the baseline file missing-baseline.json \(plugin option baseline\) was not found; write it with arch-catalog baseline --out missing-baseline.json/,
    );
  });

  describe('under onInvalidDocument: warn', () => {
    const outDir = path.join(temp.dir, 'warn');
    let run: ReturnType<typeof build>;
    beforeAll(() => {
      run = build('warn', outDir);
    }, 400_000);
    const page = (...parts: string[]) =>
      readFileSync(path.join(outDir, ...parts, 'index.html'), 'utf8');

    it('builds, printing the report as a warning', () => {
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout + run.stderr).toMatch(
        /\[WARNING\] Architecture catalog: 2 error\(s\), 3 warning\(s\)/,
      );
    });

    it('publishes every catalog page', () => {
      for (const route of [
        'catalog',
        'catalog/patterns',
        'catalog/technologies',
        'catalog/matrix',
        'catalog/compare',
        'catalog/validation',
      ]) {
        expect(existsSync(path.join(outDir, route, 'index.html')), route).toBe(true);
      }
      const useCasePages = readdirSync(path.join(outDir, 'catalog', 'use-cases')).filter(
        (name) => !isRedirect(page('catalog', 'use-cases', name)),
      );
      expect(useCasePages.sort()).toEqual([
        'uc-001-alpha',
        'uc-001-copy',
        'uc-002-beta',
        'uc-003-waiting',
        'uc-4-loose',
      ]);
      expect(
        existsSync(path.join(outDir, 'catalog', 'patterns', 'real-time-serving', 'index.html')),
      ).toBe(true);
      expect(existsSync(path.join(outDir, 'catalog', 'technologies', 'kafka', 'index.html'))).toBe(
        true,
      );
    });

    it('shows the diagnostics on the site', () => {
      expect(page('catalog', 'validation')).toContain('Use case id UC-001 is already used by');
      expect(page('catalog', 'use-cases', 'uc-002-beta')).toContain('missing-architecture-design');
    });

    it('shows every document on its use case page, markup-looking text as text', () => {
      const html = page('catalog', 'use-cases', 'uc-001-alpha');
      expect(contains(html, 'id=doc-01-handoff-poc-plan-md')).toBe(true);
      expect(contains(html, 'p99 &lt;100ms in every {region}, whatever &lt;Model> we pick')).toBe(
        true,
      );
      expect(contains(html, '<model>')).toBe(false);
      expect(linksTo(html, '/catalog/use-cases/uc-001-alpha#doc-01-handoff-poc-plan-md')).toBe(
        true,
      );
    });

    it('sends old document pages and use case ids in any case to their places', () => {
      const redirects: [string[], string][] = [
        [
          ['workspaces', 'UC-001_Alpha', 'Handoff', 'POC_Plan'],
          '/catalog/use-cases/uc-001-alpha#doc-01-handoff-poc-plan-md',
        ],
        [
          ['workspaces', 'UC-003_Waiting', 'Status'],
          '/catalog/use-cases/uc-003-waiting#doc-00-status-md',
        ],
        [['workspaces'], '/catalog'],
        [['catalog', 'use-cases', 'UC-002'], '/catalog/use-cases/uc-002-beta'],
        [['catalog', 'use-cases', 'uc-002'], '/catalog/use-cases/uc-002-beta'],
        // Two workspaces say UC-001: the first in the catalog's order has the id.
        [['catalog', 'use-cases', 'UC-001'], '/catalog/use-cases/uc-001-alpha'],
      ];
      for (const [parts, to] of redirects) {
        const html = page(...parts);
        expect(isRedirect(html), parts.join('/')).toBe(true);
        expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${to}">`);
      }
    });

    it("links each document to where it is edited (the site's editUrl function)", () => {
      const html = page('catalog', 'use-cases', 'uc-001-alpha');
      expect(
        linksTo(html, 'https://git.example.com/edit/main/UC-001_Alpha/01_Handoff/POC_Plan.md'),
      ).toBe(true);
    });

    it("shows each document's last commit, as git tells it (showLastUpdateTime and showLastUpdateAuthor)", () => {
      const html = page('catalog', 'use-cases', 'uc-001-alpha');
      const file = path.join(
        SITE,
        '..',
        'trees',
        'mixed',
        'UC-001_Alpha',
        '01_Handoff',
        'POC_Plan.md',
      );
      const log = spawnSync('git', ['log', '-1', '--format=%cI%x1f%an', '--', file], {
        encoding: 'utf8',
      });
      const [time, author] = log.stdout.trim().split('\x1f');
      const article = /id="?doc-01-handoff-poc-plan-md[^]*?<\/article>/.exec(html)?.[0] ?? '';
      // A checkout without history (an exported tree) shows no commits at all.
      if (!time) return expect(contains(article, 'Last change')).toBe(false);
      const iso = new Date(time).toISOString();
      expect(new RegExp(`<time datetime="?${iso}"?>`).test(article)).toBe(true);
      expect(contains(article, `by ${author}</footer>`)).toBe(true);
    });

    it('gives a use case page a table of contents, every entry leading to its part of the page', () => {
      const html = page('catalog', 'use-cases', 'uc-001-alpha');
      const entries = [
        ...html.matchAll(
          /<a href="?#([^" >]+)"? class="table-of-contents__link toc-highlight">(.*?)<\/a>/g,
        ),
      ].map(([, id, text]) => ({ id: id!, text: text! }));
      const design = 'doc-02-architecture-architecture-design-md';
      expect(entries.map((entry) => entry.id)).toContain(design);
      expect(entries.some((entry) => entry.id.startsWith(`${design}-`))).toBe(true);
      for (const { id } of entries)
        expect(new RegExp(`id="?${id}"?[ >]`).test(html), id).toBe(true);
      // A section's entry reads as its heading does.
      for (const { id, text } of entries.filter((entry) => !entry.id.startsWith('doc-'))) {
        expect(new RegExp(`<h2[^>]* id="?${id}"?>${text}<`).test(html), id).toBe(true);
      }
    });

    it('links a use case to its design document', () => {
      const html = page('catalog', 'use-cases', 'uc-001-alpha');
      expect(
        linksTo(html, '/catalog/use-cases/uc-001-alpha#doc-02-architecture-architecture-design-md'),
      ).toBe(true);
    });

    it('publishes the engine JSON at /catalog/catalog.json', () => {
      const json = JSON.parse(
        readFileSync(path.join(outDir, 'catalog', 'catalog.json'), 'utf8'),
      ) as {
        schemaVersion: number;
        useCases: unknown[];
      };
      expect(json.schemaVersion).toBe(1);
      expect(json.useCases).toHaveLength(5);
    });
  });
});

describe('docusaurus arch-catalog:validate', () => {
  it("validates with the site's plugin options and exits as the CLI does", () => {
    const run = spawnSync(DOCUSAURUS, ['arch-catalog:validate', '--format', 'json'], {
      cwd: SITE,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 120_000,
    });
    expect(run.status).toBe(1);
    const model = JSON.parse(run.stdout) as { summary: { errors: number; warnings: number } };
    expect(model.summary).toMatchObject({ errors: 2, warnings: 3 });
  });
});
