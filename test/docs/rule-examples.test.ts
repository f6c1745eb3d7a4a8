import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RULES } from '../../plugins/architecture-catalog/src/engine/rules/index.js';
import type { CatalogModel } from '../../plugins/architecture-catalog/src/engine/types.js';
import { runCli } from '../cli/run-cli.js';
import { FIXTURES, REPO_ROOT, tempDir } from '../helpers.js';
import {
  applyPatch,
  fencesOf,
  rulePageExamples,
  type FileChange,
  type RuleExample,
} from './rule-examples.js';

/** The example workspace every example starts from: a design with no problem. */
const BASE = path.join(FIXTURES, 'rule-examples');
const temp = tempDir('arch-catalog-rule-examples-');
afterAll(() => temp.cleanup());

let made = 0;

/** A fresh copy of the example tree with the example's changes, as the folder to run in. */
function treeOf(changes: readonly FileChange[]): string {
  const dir = path.join(temp.dir, String((made += 1)));
  cpSync(BASE, dir, { recursive: true });
  for (const change of changes) {
    const file = path.join(dir, change.file);
    if (change.kind === 'delete') {
      rmSync(file, { recursive: true });
      continue;
    }
    const text =
      change.kind === 'patch'
        ? applyPatch(readFileSync(file, 'utf8'), change.body, change.file)
        : `${change.body}\n`;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return dir;
}

function run(example: RuleExample) {
  const args = example.run?.args ?? ['validate', '--format', 'json'];
  return runCli(args, { cwd: treeOf(example.changes), env: { NO_COLOR: '1' } });
}

describe('the example workspace', () => {
  it('passes every rule', async () => {
    const result = await run({ changes: [] });
    expect((JSON.parse(result.stdout) as CatalogModel).diagnostics).toEqual([]);
  });
});

describe('reading examples', () => {
  it('applies a diff where its old lines are, once', () => {
    expect(applyPatch('a\nb\nc\n', ' a\n-b\n+B\n+B2', 'f')).toBe('a\nB\nB2\nc\n');
    expect(() => applyPatch('a\nb\n', '-x', 'f')).toThrow(/not in the file/);
    expect(() => applyPatch('a\na\n', '-a', 'f')).toThrow(/more than once/);
  });

  it('pairs inputs with the output that follows them', () => {
    const page = [
      '## Failing example',
      '```diff title="a.md"',
      '-x',
      '+y',
      '```',
      '```text',
      '$ npx arch-catalog validate',
      'out',
      '```',
      '## Passing example',
      '```yaml title="c.yaml"',
      'k: v',
      '```',
    ].join('\n');
    expect(fencesOf(page)).toHaveLength(3);
    expect(rulePageExamples(`\n${page}`)).toEqual({
      failing: [
        {
          changes: [{ file: 'a.md', kind: 'patch', body: '-x\n+y' }],
          run: { args: ['validate'], output: 'out\n' },
        },
      ],
      passing: [{ changes: [{ file: 'c.yaml', kind: 'write', body: 'k: v' }] }],
    });
  });
});

describe.each(RULES.map((rule) => rule.id))('the examples of %s', (id) => {
  const page = readFileSync(path.join(REPO_ROOT, 'docs', 'rules', `${id}.md`), 'utf8');
  const { failing, passing } = rulePageExamples(page);

  it('has a failing example with its output and a passing example', () => {
    expect(failing.length).toBeGreaterThan(0);
    expect(failing.every((example) => example.run !== undefined)).toBe(true);
    expect(passing.length).toBeGreaterThan(0);
  });

  it.each(failing.map((example, i) => [i + 1, example] as const))(
    'failing example %i prints the output shown',
    async (_n, example) => {
      const result = await run(example);
      expect(result.stdout).toBe(example.run!.output);
      expect(result.stdout).toContain(`  ${id}\n`);
    },
  );

  // A passing example fixes the first failing one: its changes go on top of that one's.
  it.each(passing.map((example, i) => [i + 1, example] as const))(
    'passing example %i is not reported',
    async (_n, example) => {
      const result = await run({ changes: [...(failing[0]?.changes ?? []), ...example.changes] });
      const model = JSON.parse(result.stdout) as CatalogModel;
      expect(model.diagnostics.filter((diagnostic) => diagnostic.ruleId === id)).toEqual([]);
    },
  );
});
