import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requirements, workspace } from '../diff/trees.js';
import { statusText } from '../hostile/corpus/documents.js';
import { fixture, REPO_ROOT, tempDir, writeTree } from '../helpers.js';
import { gitIn } from '../git.js';

const DOCUSAURUS = path.join(REPO_ROOT, 'node_modules', '.bin', 'docusaurus');
const temp = tempDir('arch-catalog-site-history-');
afterAll(() => temp.cleanup());
const repo = path.join(temp.dir, 'repo');
const root = path.join(repo, 'AE01_Implementations');
const outDir = path.join(temp.dir, 'build');
let time = 1_767_225_600; // 2026-01-01

function git(...args: string[]): void {
  time += 86_400;
  gitIn(repo, args, time);
}

function commit(files: Record<string, string>, subject: string): void {
  writeTree(root, files);
  git('add', '-A');
  git('commit', '-qm', subject);
}

let run: ReturnType<typeof spawnSync>;

/** A repository whose UC-001 was created, tightened and moved to Kinesis, then implemented. */
beforeAll(() => {
  execFileSync('git', ['init', '-q', repo]);
  commit(workspace('UC-001_Alpha'), 'Add UC-001 <script>');
  commit(
    workspace('UC-001_Alpha', {
      requirements: requirements({ Latency: 'p99 < 20 ms' }),
      technologies: [['Event transport', 'Kinesis + Flink', 'Managed']],
    }),
    'Tighten latency, move to Kinesis',
  );
  commit(
    {
      'UC-001_Alpha/00_Status.md': statusText('UC-001', 'Alpha').replace(
        '| Current Phase | Architecture |',
        '| Current Phase | Implementation |',
      ),
    },
    'Start the implementation',
  );
  run = spawnSync(DOCUSAURUS, ['build', fixture('site'), '--out-dir', outDir], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ARCH_CATALOG_ROOT: root,
      ARCH_CATALOG_ON_INVALID: 'warn',
      ARCH_CATALOG_SHOW_HISTORY: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    timeout: 400_000,
  });
}, 400_000);

describe('a use case page with showHistory', () => {
  it('shows its commits newest first, each with what it did to the design', () => {
    expect(run.status, String(run.stderr)).toBe(0);
    const html = readFileSync(
      path.join(outDir, 'catalog', 'use-cases', 'uc-001-alpha', 'index.html'),
      'utf8',
    );
    const section = html.slice(html.search(/id="?history"?/), html.search(/id="?documents"?/));
    const text = section
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>');
    const tightened = text.indexOf('Tighten latency, move to Kinesis');
    const created = text.indexOf('Add UC-001 <script>');
    expect(tightened).toBeGreaterThan(0);
    expect(created).toBeGreaterThan(tightened);
    expect(text).toContain('2026-01-03 · Ann Example');
    expect(text).toContain('Latency tightened: p99 < 50 ms → p99 < 20 ms');
    expect(text).toContain('Technologies: added Kinesis; removed BigQuery, Feast, Kafka, Redis');
    expect(text).toContain('workspace created');
    expect(section).not.toContain('<script>');
  });

  it('puts every decision on the catalog timeline, newest first, linked to its use case', () => {
    const html = readFileSync(path.join(outDir, 'catalog', 'timeline', 'index.html'), 'utf8');
    const text = html
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>');
    const tightened = text.indexOf('2026-01-05 · UC-001 Alpha · Tighten latency, move to Kinesis');
    const created = text.indexOf('2026-01-03 · UC-001 Alpha · created');
    expect(tightened).toBeGreaterThan(0);
    expect(created).toBeGreaterThan(tightened);
    expect(text).toContain('Latency tightened: p99 < 50 ms → p99 < 20 ms');
    const started = text.indexOf('2026-01-07 · UC-001 Alpha · Start the implementation');
    expect(started).toBeGreaterThan(0);
    expect(started).toBeLessThan(tightened);
    expect(text).toContain('Phase: Architecture → Implementation');
    expect(html).toMatch(/href="?\/catalog\/use-cases\/uc-001-alpha"?/);
    expect(html).toMatch(/href="?\/catalog\/timeline"?[^>]*>Timeline/);
  });
});
