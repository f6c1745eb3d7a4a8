import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { tempDir, writeTree } from '../helpers.js';
import { BASE_TREE, HEAD_TREE, workspace } from './trees.js';

const temp = tempDir('arch-catalog-diff-cli-');
afterAll(() => temp.cleanup());

const diff = (...args: string[]) =>
  runCli(['diff', '--base-json', 'base.json', '--head-json', 'head.json', ...args], {
    cwd: temp.dir,
  });

beforeAll(async () => {
  for (const [side, tree] of [
    ['base', BASE_TREE],
    ['head', HEAD_TREE],
  ] as const) {
    writeTree(path.join(temp.dir, side, 'AE01_Implementations'), tree);
    const run = await runCli(['catalog', '--out', `../${side}.json`], {
      cwd: path.join(temp.dir, side),
    });
    expect(run.code).toBe(0);
  }
});

describe('arch-catalog diff', () => {
  it('writes a pull-request comment in markdown, and fails on the new error', async () => {
    const run = await diff('--format', 'markdown');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        '### Architecture catalog: what this change does',
        '',
        '3 use cases changed, 1 added, 1 removed; 1 new error, 1 fixed',
        '',
        '| Use case | Change |',
        '| --- | --- |',
        '| UC-001 Alpha | pattern, 2 requirements, technologies, alternatives |',
        '| UC-002 Beta Renamed | moved from UC-002\\_Beta |',
        '| UC-005 Epsilon | pattern, 1 new problem, 1 fixed |',
        '| UC-004 Delta | added |',
        '| UC-003 Gamma | removed |',
        '',
        '#### UC-001 Alpha',
        '',
        '- **Pattern:** removed Real-Time Serving',
        '- **Latency tightened:** p99 &lt; 50 ms → p99 &lt; 20 ms',
        '- **Throughput loosened:** 2,000 req/s → 1,000 req/s',
        '- **Technologies:** added Kinesis; removed Kafka',
        '- **Alternatives considered:** added Kafka',
        '',
        '#### UC-002 Beta Renamed',
        '',
        '- **Moved:** UC-002\\_Beta → UC-002\\_Beta\\_Renamed',
        '',
        '#### UC-005 Epsilon',
        '',
        '- **Pattern:** added Real-Time Serving, Streaming',
        '- **New error:** The \\*\\*Rationale:\\*\\* field is empty (missing-rationale) at AE01\\_Implementations/UC-005\\_Epsilon/02\\_Architecture/Architecture\\_Design.md:21:1',
        '- **Fixed error:** The \\*\\*Pattern:\\*\\* field is empty (missing-pattern)',
        '',
      ].join('\n'),
    );
  });

  it('writes the same for a terminal', async () => {
    const run = await diff();
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        'UC-001 Alpha',
        '  Pattern: removed Real-Time Serving',
        '  Latency tightened: p99 < 50 ms → p99 < 20 ms',
        '  Throughput loosened: 2,000 req/s → 1,000 req/s',
        '  Technologies: added Kinesis; removed Kafka',
        '  Alternatives considered: added Kafka',
        '',
        'UC-002 Beta Renamed',
        '  Moved: UC-002_Beta → UC-002_Beta_Renamed',
        '',
        'UC-005 Epsilon',
        '  Pattern: added Real-Time Serving, Streaming',
        '  New error: The **Rationale:** field is empty (missing-rationale) at AE01_Implementations/UC-005_Epsilon/02_Architecture/Architecture_Design.md:21:1',
        '  Fixed error: The **Pattern:** field is empty (missing-pattern)',
        '',
        'UC-004 Delta',
        '  added',
        '',
        'UC-003 Gamma',
        '  removed',
        '',
        '3 use cases changed, 1 added, 1 removed; 1 new error, 1 fixed',
        '',
      ].join('\n'),
    );
  });

  it('annotates the new error for GitHub and puts the comment in the step summary', async () => {
    const summary = path.join(temp.dir, 'step-summary.md');
    writeFileSync(summary, '');
    const run = await runCli(
      ['diff', '--base-json', 'base.json', '--head-json', 'head.json', '--format', 'github'],
      { cwd: temp.dir, env: { GITHUB_STEP_SUMMARY: summary } },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      '::error file=AE01_Implementations/UC-005_Epsilon/02_Architecture/Architecture_Design.md,line=21,col=1,title=new%3A missing-rationale::The **Rationale:** field is empty\n',
    );
    expect(readFileSync(summary, 'utf8')).toBe((await diff('--format', 'markdown')).stdout);
  });

  it('gives the diff as JSON, and passes when nothing got worse', async () => {
    const run = await runCli(
      ['diff', '--base-json', 'head.json', '--head-json', 'head.json', '--format', 'json'],
      { cwd: temp.dir },
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ added: [], removed: [], changed: [] });
  });

  it('escapes what a workspace name says, in every line of the comment', async () => {
    const dir = path.join(temp.dir, 'hostile');
    for (const [side, name] of [
      ['base', 'UC-009_Plain'],
      ['head', 'UC-009_<img src=x onerror=alert(1)> @team [x](javascript:alert(1))'],
    ] as const) {
      writeTree(path.join(dir, side, 'AE01_Implementations'), workspace(name));
      await runCli(['catalog', '--out', `../${side}.json`], { cwd: path.join(dir, side) });
    }
    const run = await runCli(
      ['diff', '--base-json', 'base.json', '--head-json', 'head.json', '--format', 'markdown'],
      { cwd: dir },
    );
    expect(run.stdout).not.toMatch(/<img|[^;]@team|[^\\]\]\(/);
    expect(run.stdout).toContain(
      '- **Moved:** UC-009\\_Plain → UC-009\\_&lt;img src=x onerror=alert(1)&gt; &#64;team \\[x\\](javascript:alert(1))',
    );
  });

  it.each([
    [['diff', '--base-json', 'base.json'], /diff needs both --base-json FILE and --head-json FILE/],
    [
      ['diff', '--base-json', 'base.json', '--head-json', 'missing.json'],
      /missing.json: not found/,
    ],
    [
      ['diff', '--base-json', 'base.json', '--head-json', 'base.json', '--format', 'xml'],
      /unknown diff format 'xml'/,
    ],
  ])('refuses %j with exit 2', async (argv, message) => {
    const run = await runCli(argv, { cwd: temp.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('refuses a JSON that is not a catalog', async () => {
    writeFileSync(path.join(temp.dir, 'other.json'), '{"version": 2}');
    const run = await runCli(['diff', '--base-json', 'other.json', '--head-json', 'head.json'], {
      cwd: temp.dir,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /other.json: not a catalog \(write one with arch-catalog catalog --out FILE\)/,
    );
  });
});
