import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, REPO_ROOT, tempDir } from '../helpers.js';
import { runCli } from './run-cli.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));
function scratch(): string {
  const temp = tempDir();
  cleanups.push(temp.cleanup);
  return temp.dir;
}

describe('arch-catalog validate', () => {
  it('exits 0 on the sample workspaces', async () => {
    const run = await runCli(['validate']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/use cases/);
  });

  it('exits 1 with placeholder errors on the unfilled seed template', async () => {
    const run = await runCli([
      'validate',
      '--root',
      fixture('unfilled-template'),
      '--format',
      'json',
    ]);
    expect(run.code).toBe(1);
    const model = JSON.parse(run.stdout) as { diagnostics: { ruleId: string; line: number }[] };
    const placeholders = model.diagnostics.filter(
      (diagnostic) => diagnostic.ruleId === 'placeholder',
    );
    expect(placeholders.length).toBeGreaterThanOrEqual(25);
  });

  it('exits 1 when warnings exceed --max-warnings, 0 within it', async () => {
    const root = fixture('trees', 'warnings-only');
    expect((await runCli(['validate', '--root', root])).code).toBe(0);
    expect((await runCli(['validate', '--root', root, '--max-warnings', '1'])).code).toBe(0);
    const over = await runCli(['validate', '--root', root, '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/more than --max-warnings 0/);
  });

  it('--quiet shows errors only', async () => {
    const run = await runCli([
      'validate',
      '--root',
      fixture('trees', 'mixed'),
      '--quiet',
      '--format',
      'json',
    ]);
    const model = JSON.parse(run.stdout) as { diagnostics: { severity: string }[] };
    expect(new Set(model.diagnostics.map((diagnostic) => diagnostic.severity))).toEqual(
      new Set(['error']),
    );
    expect(run.code).toBe(1);
  });

  it('--quiet never says "no problems" while it hides warnings', async () => {
    const quiet = await runCli([
      'validate',
      '--root',
      fixture('trees', 'warnings-only'),
      '--quiet',
    ]);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toMatch(/: no errors; 1 warning not shown \(--quiet\)\n$/);
    expect(quiet.stdout).not.toMatch(/no problems/);
    const mixed = await runCli(['validate', '--root', fixture('trees', 'mixed'), '--quiet']);
    expect(mixed.stdout).toMatch(
      /✖ 2 problems \(2 errors, 0 warnings\) in \d+ use cases; 3 warnings not shown \(--quiet\)/,
    );
  });

  it.each([
    [['validate', '--bogus'], /unknown option '--bogus'/],
    [['validate', '--root', 'no/such/dir'], /root folder not found: no\/such\/dir/],
    [['validate', '--format', 'xml'], /unknown format 'xml'/],
    [['validate', '--max-warnings', 'many'], /whole number/],
    [['validate', '--config', 'missing.yaml'], /config file not found: missing.yaml/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [[], /missing command/],
    [['catalog', '--quiet'], /--quiet does not apply to 'catalog'/],
  ])('exits 2 with one clear line for %j', async (argv, message) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on a bad config file, naming the problem', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'bad.yaml'), 'rules:\n  placeholder: loud\n');
    const run = await runCli(
      ['validate', '--config', 'bad.yaml', '--root', fixture('trees', 'mixed')],
      { cwd: dir },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /bad.yaml: rules: placeholder must be off, warn or error, not 'loud'/,
    );
  });

  it('exits 2 on a radar entry the table does not know, naming the entry', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'bad.yaml'), 'radar:\n  - name: Kafak\n    ring: hold\n');
    const run = await runCli(
      ['validate', '--config', 'bad.yaml', '--root', fixture('trees', 'mixed')],
      { cwd: dir },
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      "arch-catalog: bad.yaml: radar[0].name: 'Kafak' is not a known technology (did you mean 'Kafka'?); a technology of your own goes under technologies: first\n",
    );
  });

  it('reads architecture-catalog.config.yaml from the working directory', async () => {
    const dir = scratch();
    cpSync(fixture('trees', 'mixed'), path.join(dir, 'tree'), { recursive: true });
    writeFileSync(
      path.join(dir, 'architecture-catalog.config.yaml'),
      'root: tree\nrules:\n  duplicate-use-case-id: off\n  missing-architecture-design: warn\n',
    );
    const run = await runCli(['validate'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/tree\/UC-002_Beta/);
  });

  it('colours only on a terminal and never with NO_COLOR', async () => {
    const root = fixture('trees', 'mixed');
    expect((await runCli(['validate', '--root', root], { tty: true })).stdout).toContain('\u001b[');
    expect(
      (await runCli(['validate', '--root', root], { tty: true, env: { NO_COLOR: '1' } })).stdout,
    ).not.toContain('\u001b[');
    expect((await runCli(['validate', '--root', root])).stdout).not.toContain('\u001b[');
  });

  it('appends the full report to GITHUB_STEP_SUMMARY with --format github', async () => {
    const summary = path.join(scratch(), 'summary.md');
    writeFileSync(summary, '');
    const run = await runCli(
      ['validate', '--root', fixture('trees', 'mixed'), '--format', 'github'],
      {
        env: { GITHUB_STEP_SUMMARY: summary },
      },
    );
    expect(run.stdout).toMatch(
      /^::error file=test\/fixtures\/trees\/mixed\/UC-001_Copy,line=1,col=1,title=duplicate-use-case-id::/m,
    );
    expect(readFileSync(summary, 'utf8')).toMatch(/duplicate-use-case-id/);
  });
});

describe('arch-catalog catalog', () => {
  it('writes byte-identical JSON for the same tree', async () => {
    const dir = scratch();
    const first = await runCli(['catalog', '--out', path.join(dir, 'a.json')]);
    const second = await runCli(['catalog', '--out', path.join(dir, 'b.json')]);
    expect(first.code).toBe(0);
    expect(second.code).toBe(0);
    expect(readFileSync(path.join(dir, 'a.json'), 'utf8')).toBe(
      readFileSync(path.join(dir, 'b.json'), 'utf8'),
    );
    const model = JSON.parse(readFileSync(path.join(dir, 'a.json'), 'utf8')) as {
      schemaVersion: number;
      root: string;
    };
    expect(model).toMatchObject({ schemaVersion: 1, root: 'AE01_Implementations' });
  });
});

describe('arch-catalog new', () => {
  it('creates a workspace whose design fails only on placeholders, and refuses to overwrite', async () => {
    const root = scratch();
    const created = await runCli(['new', 'UC-042', 'Churn Radar', '--root', root]);
    expect(created.code).toBe(0);
    const design = readFileSync(
      path.join(root, 'UC-042_Churn_Radar', '02_Architecture', 'Architecture_Design.md'),
      'utf8',
    );
    expect(design).toMatch(/^# Architecture Design: Churn Radar$/m);
    const run = await runCli(['validate', '--root', root, '--format', 'json']);
    const model = JSON.parse(run.stdout) as { diagnostics: { ruleId: string }[] };
    const rules = new Set(model.diagnostics.map((diagnostic) => diagnostic.ruleId));
    expect(rules.has('placeholder')).toBe(true);
    expect(
      [...rules].filter(
        (id) => !['placeholder', 'unknown-pattern', 'unparseable-requirement'].includes(id),
      ),
    ).toEqual([]);
    const again = await runCli(['new', 'UC-42', 'Other', '--root', root]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(
      /UC-42 already exists as .*UC-042_Churn_Radar; nothing was written/,
    );
  });
});

describe('arch-catalog new refuses what it cannot write well', () => {
  it('finds the id in loosely named folders', async () => {
    const root = scratch();
    mkdirSync(path.join(root, 'UC-005-Loose'));
    mkdirSync(path.join(root, 'uc006_x'));
    for (const [id, folder] of [
      ['UC-005', 'UC-005-Loose'],
      ['UC-6', 'uc006_x'],
    ] as const) {
      const run = await runCli(['new', id, 'Dup', '--root', root]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`${id} already exists as `);
      expect(run.stderr).toContain(`${folder}; nothing was written`);
    }
  });

  it.each([
    ['a line break', 'Two\nLines'],
    ['a pipe', 'A|B'],
    ['an escape', 'Red\u001b[31m'],
    ['301 characters', 'x'.repeat(301)],
  ])('refuses a name with %s, before writing anything', async (_what, name) => {
    const root = scratch();
    const run = await runCli(['new', 'UC-007', name, '--root', root]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^arch-catalog: the name must /);
    expect(readdirSync(root)).toEqual([]);
  });

  it('says at once when the folder cannot be made (a root under /proc)', async () => {
    const run = await runCli(['new', 'UC-900', 'X', '--root', '/proc']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^arch-catalog: cannot create .*UC-900_X: E[A-Z]+: /);
  });
});

describe('the installed bin', () => {
  it('runs through npx from the repository root, with the documented exit codes', () => {
    const ok = spawnSync('npx', ['--no-install', 'arch-catalog', 'validate', '--format', 'json'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ schemaVersion: 1 });
    const bad = spawnSync('npx', ['--no-install', 'arch-catalog', 'validate', '--nope'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    expect(
      execFileSync('npx', ['--no-install', 'arch-catalog', '--version'], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
      }).trim(),
    ).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
