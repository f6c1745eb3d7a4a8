import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, writeTree } from '../helpers.js';
import { buildSite, OUR_STACK_FRAME, siteCopy } from '../hostile/site-build.js';

/**
 * A route that climbs out of the build folder, made by a docs folder the catalog does not
 * guard (a second docs instance the site trusts, or a field no check knows yet): the last
 * line of defence is the route check, before any page is written.
 */
describe('a route that would leave the build folder', () => {
  const site = siteCopy();
  // Deep enough that the climbing route lands in a folder of the test's own.
  const outDir = path.join(path.dirname(site.dir), 'a', 'b', 'c', 'build');
  const canary = path.join(path.dirname(site.dir), 'a', 'b', 'canary-escape');
  let run: ReturnType<typeof buildSite>;

  beforeAll(() => {
    renameSync(path.join(site.dir, 'docusaurus.config.ts'), path.join(site.dir, 'base.config.ts'));
    writeTree(site.dir, {
      'docusaurus.config.ts': [
        "import base from './base.config';",
        'export default {',
        '  ...base,',
        "  plugins: [...(base.plugins ?? []), ['@docusaurus/plugin-content-docs', { id: 'escape', path: 'escape-docs', routeBasePath: 'escape' }]],",
        '};',
        '',
      ].join('\n'),
      'escape-docs/intro.md': '# Intro\n\nA page.\n',
      'escape-docs/sub/page.md': '# Page\n\nIn the category.\n',
      'escape-docs/sub/_category_.json': JSON.stringify({
        label: 'Sub',
        link: { type: 'generated-index', slug: '/../../../canary-escape' },
      }),
    });
    mkdirSync(path.dirname(outDir), { recursive: true });
    run = buildSite(site.dir, fixture('trees', 'warnings-only'), 'warn', outDir);
  }, 600_000);
  afterAll(() => site.cleanup());

  it('stops the build with the catalog report, naming the route', () => {
    const output = run.stdout + run.stderr;
    expect(run.status).not.toBe(0);
    expect(output).toMatch(
      /Architecture catalog: \d+ route\(s\) would be written outside the build folder; nothing was written:\n\s+\S*\.\.\/\.\.\/\.\.\/canary-escape/,
    );
    expect(output).not.toMatch(OUR_STACK_FRAME);
  });

  it('writes nothing outside the build folder, and no page at all', () => {
    expect(existsSync(canary)).toBe(false);
    expect(readdirSync(path.dirname(outDir))).toEqual([]);
  });
});
