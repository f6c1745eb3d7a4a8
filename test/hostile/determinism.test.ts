import { spawnSync } from 'node:child_process';
import { readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, tempDir } from '../helpers.js';
import { buildableCaseNames, generateHostileCorpus } from './corpus.js';
import { buildSite, siteCopy } from './site-build.js';

const BIN = path.join(REPO_ROOT, 'plugins', 'architecture-catalog', 'bin', 'arch-catalog.js');
const temp = tempDir('arch-catalog-hostile-determinism-');
const site = siteCopy();
afterAll(() => {
  temp.cleanup();
  site.cleanup();
});

/** The same tree twice: `first` written in order, `copy` in reverse order, with other times. */
const first = path.join(temp.dir, 'first', 'corpus');
const copy = path.join(temp.dir, 'copy', 'corpus');

function arch(cwd: string, args: readonly string[]): string {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 256 * 1024 * 1024,
    timeout: 300_000,
  });
  expect(run.status, run.stderr).toBeLessThan(2);
  return run.stdout;
}

/** `arch-catalog catalog --out`, read back as bytes. */
function catalogFile(cwd: string, root: string, name: string): Buffer {
  arch(cwd, ['catalog', '--root', root, '--out', name]);
  return readFileSync(path.join(cwd, name));
}

/** The catalog's report in a build's output, without Docusaurus' own lines. */
function reportOf(output: string): string {
  const start = output.indexOf('[WARNING] Architecture catalog:');
  return output.slice(start, output.indexOf(' use cases\n', start));
}

beforeAll(() => {
  const only = buildableCaseNames();
  generateHostileCorpus(first, { only, mtime: new Date('2021-03-04T05:06:07Z') });
  generateHostileCorpus(copy, { only, reverse: true, mtime: new Date('2025-10-11T12:13:14Z') });
});

describe('the same tree, validated again and copied in another order', () => {
  const cwdFirst = path.dirname(first);
  const cwdCopy = path.dirname(copy);

  it('gives a byte-identical catalog.json', () => {
    const once = catalogFile(cwdFirst, 'corpus', 'once.json');
    expect(catalogFile(cwdFirst, 'corpus', 'twice.json').equals(once)).toBe(true);
    expect(catalogFile(cwdCopy, 'corpus', 'copy.json').equals(once)).toBe(true);
  });

  it.each(['pretty', 'sarif', 'junit'])('gives identical diagnostics in %s', (format) => {
    const args = ['validate', '--root', 'corpus', '--format', format];
    // SARIF names the folder it ran in (originalUriBaseIds): the one difference allowed.
    const run = (cwd: string) => arch(cwd, args).replaceAll(pathToFileURL(cwd).href, '<cwd>');
    const once = run(cwdFirst);
    expect(run(cwdFirst)).toBe(once);
    expect(run(cwdCopy)).toBe(once);
  });
});

describe('the same tree, built as a site, then its copy built in its place', () => {
  let fromFirst: Buffer;
  let fromCopy: Buffer;
  let reports: string[];
  beforeAll(() => {
    const build = (name: string) => {
      const outDir = path.join(temp.dir, name);
      const run = buildSite(site.dir, first, 'warn', outDir);
      expect(run.status, run.stderr.slice(-2000)).toBe(0);
      return {
        json: readFileSync(path.join(outDir, 'catalog', 'catalog.json')),
        report: reportOf(run.stdout + run.stderr),
      };
    };
    const a = build('site-first');
    renameSync(first, `${first}-moved`);
    renameSync(copy, first);
    const b = build('site-copy');
    [fromFirst, fromCopy, reports] = [a.json, b.json, [a.report, b.report]];
  }, 1_200_000);

  it('publishes a byte-identical /catalog/catalog.json', () => {
    expect(fromCopy.equals(fromFirst)).toBe(true);
  });

  it('publishes the very bytes `arch-catalog catalog` writes', () => {
    const root = path.relative(site.dir, first);
    expect(catalogFile(site.dir, root, 'cli-catalog.json').equals(fromFirst)).toBe(true);
  });

  it('prints identical diagnostics', () => {
    expect(reports[0]).toMatch(/error\(s\)/);
    expect(reports[1]).toBe(reports[0]);
  });
});
