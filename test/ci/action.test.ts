import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BASE_TREE, HEAD_TREE } from '../diff/trees.js';
import { REPO_ROOT, tempDir, writeTree } from '../helpers.js';
import { gitIn } from '../git.js';

interface ActionStep {
  name: string;
  if?: string;
  shell: string;
  env: Record<string, string>;
  run: string;
}

const action = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: ActionStep[] };
};
const hooks = parse(readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as {
  id: string;
  entry: string;
  language: string;
  pass_filenames: boolean;
}[];

const temp = tempDir('arch-catalog-action-');
afterAll(() => temp.cleanup());
const project = path.join(temp.dir, 'project');
const summary = path.join(temp.dir, 'summary.md');

function git(...args: string[]): void {
  gitIn(project, args);
}

/** A project that installs the plugin, its base commit, and a change not yet committed. */
beforeAll(() => {
  writeTree(project, { 'package.json': '{ "name": "designs", "private": true }\n' });
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  git('init', '-q');
  writeTree(path.join(project, 'AE01_Implementations'), BASE_TREE);
  writeFileSync(path.join(project, '.gitignore'), 'node_modules\n');
  git('add', '-A');
  git('commit', '-qm', 'base');
  rmSync(path.join(project, 'AE01_Implementations'), { recursive: true });
  writeTree(path.join(project, 'AE01_Implementations'), HEAD_TREE);
});

/**
 * A step's script as the runner runs it: bash with `-eo pipefail`, the
 * step's environment with the inputs substituted, GitHub's own variables set.
 */
function runStep(step: ActionStep, inputs: Record<string, string>, github: Record<string, string>) {
  const env = Object.fromEntries(
    Object.entries(step.env).map(([name, value]) => [
      name,
      value
        .replace(
          /\$\{\{ inputs\.([\w-]+) \}\}/g,
          (_, input: string) => inputs[input] ?? action.inputs[input]!.default,
        )
        .replace(/\$\{\{ github\.(\w+) \}\}/g, (_, key: string) => github[key] ?? ''),
    ]),
  );
  return spawnSync(step.shell, ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, ...env, GITHUB_STEP_SUMMARY: summary, NO_COLOR: '1' },
  });
}

describe('the GitHub Action', () => {
  it('is a composite of bash steps, each reading its inputs from the environment only', () => {
    expect(action.runs.using).toBe('composite');
    for (const step of action.runs.steps) {
      expect(step.shell).toBe('bash');
      // An input spliced into a script would let a workflow's value run as code.
      expect(step.run).not.toMatch(/\$\{\{/);
    }
  });

  it('validates with annotations and fails on the errors of the change', () => {
    writeFileSync(summary, '');
    const run = runStep(action.runs.steps[0]!, {}, {});
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toMatch(
      /^::error file=AE01_Implementations\/UC-005_Epsilon\/02_Architecture\/Architecture_Design\.md,line=21,col=1,title=missing-rationale::/m,
    );
    expect(readFileSync(summary, 'utf8')).toMatch(/missing-rationale/);
  });

  it('passes with a baseline that accepts those errors', () => {
    execFileSync(path.join(project, 'node_modules', '.bin', 'arch-catalog'), ['baseline'], {
      cwd: project,
    });
    const run = runStep(action.runs.steps[0]!, { baseline: '.arch-catalog-baseline.json' }, {});
    expect(run.status, run.stdout).toBe(0);
  });

  it("says what the change does against the pull request's base", () => {
    const step = action.runs.steps[1]!;
    expect(step.if).toBe("${{ always() && (inputs.base != '' || github.base_ref != '') }}");
    git('branch', '-M', 'main');
    git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    writeFileSync(summary, '');
    const run = runStep(step, {}, { base_ref: 'main' });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toBe(
      '::error file=AE01_Implementations/UC-005_Epsilon/02_Architecture/Architecture_Design.md,line=21,col=1,title=new%3A missing-rationale::The **Rationale:** field is empty\n',
    );
    expect(readFileSync(summary, 'utf8')).toMatch(
      /^### Architecture catalog: what this change does\n\n3 use cases changed, 1 added, 1 removed; 1 new error, 1 fixed\n/,
    );
  });
});

describe('the pre-commit hook', () => {
  it('runs the installed validator over the whole tree', () => {
    const [hook] = hooks;
    expect(hook).toMatchObject({
      id: 'arch-catalog-validate',
      language: 'system',
      pass_filenames: false,
    });
    const run = spawnSync('bash', ['-c', hook!.entry], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings\) in 5 use cases/);
  });
});
