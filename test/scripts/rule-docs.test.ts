import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULES } from '../../plugins/architecture-catalog/src/engine/rules/index.js';
import {
  expectedFiles,
  expectedRulesIndex,
  inReferenceOrder,
  readmeTable,
  ruleModulesIn,
  ruleHeader,
  withHeader,
  withRuleModules,
  withTable,
} from '../../scripts/rule-docs.mjs';
import { REPO_ROOT } from '../helpers.js';

const RULES_DIR = path.join(REPO_ROOT, 'plugins/architecture-catalog/src/engine/rules');

describe('the rules are described in one place', () => {
  it('has one module per rule, named by its id, and ids are unique', () => {
    const modules = readdirSync(RULES_DIR).filter((name) =>
      RULE_IDS.includes(name.slice(0, -3) as never),
    );
    expect(modules.map((name) => name.slice(0, -3)).sort()).toEqual([...RULE_IDS].sort());
    expect(new Set(RULE_IDS).size).toBe(RULES.length);
  });

  it('lists every rule file in rules/index.ts', async () => {
    const [, expected, current] = await expectedRulesIndex();
    expect(current, 'run `node scripts/rule-docs.mjs`').toBe(expected);
  });

  it('keeps the README table, the rule reference and every rule page current', async () => {
    const stale = (await expectedFiles(RULES))
      .filter(([, expected, current]) => expected !== current)
      .map(([file]) => file);
    expect(stale, 'run `npm run build:engine && node scripts/rule-docs.mjs`').toEqual([]);
  });

  it('writes the table from the metadata, escaping pipes', () => {
    const rule = { ...RULES[0]!, reportsWhen: 'a | b' };
    expect(readmeTable([rule])).toContain(`| \`${rule.id}\` | error | a \\| b |`);
  });

  it('refuses a file whose table markers are missing', () => {
    expect(() => withTable('# Title\n\n| rule |\n', '| new |', 'README.md')).toThrow(
      /README\.md: needs one/,
    );
  });

  it('replaces the header and keeps the hand-written sections', () => {
    const page = '---\ntitle: old\n---\n\n# old\n\nOld text.\n\n## What it checks\n\nKept.\n';
    const rewritten = withHeader(page, ruleHeader(RULES[0]!, 2), 'page.md');
    expect(rewritten).toContain(`# ${RULES[0]!.id}\n\n${RULES[0]!.description}\n`);
    expect(rewritten).toContain('- **Scope:** tree (checked once over everything under the root)');
    expect(rewritten).not.toContain('Old text.');
    expect(rewritten.endsWith('## What it checks\n\nKept.\n')).toBe(true);
  });
});

describe('the list of rule modules', () => {
  const rule = (name: string, scope: string) => ({ file: `${name}.ts`, name, id: name, scope });
  const [a, b, c] = [rule('a', 'tree'), rule('b', 'design'), rule('c', 'design')];

  it('keeps the order already listed and drops rules that are gone', () => {
    expect(inReferenceOrder([a, b, c], ['c', 'gone', 'a', 'b'])).toEqual([c, a, b]);
  });

  it('puts a new rule after the last listed rule of its scope, or last', () => {
    const d = rule('d', 'tree');
    const e = rule('e', 'workspace');
    expect(inReferenceOrder([a, b, c, d, e], ['a', 'b', 'c'])).toEqual([a, d, b, c, e]);
  });

  it('finds the rule modules of a folder and writes them between the markers', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rule-modules-'));
    try {
      mkdirSync(dir, { recursive: true });
      const declare = (name: string, id: string, scope: string) =>
        `export const ${name} = defineRule({\n  id: '${id}',\n  scope: '${scope}',\n});\n`;
      writeFileSync(path.join(dir, 'old-rule.ts'), declare('oldRule', 'old-rule', 'design'));
      writeFileSync(path.join(dir, 'new-rule.ts'), declare('newRule', 'new-rule', 'design'));
      writeFileSync(path.join(dir, 'helper.ts'), 'export const helper = 1;\n');
      writeFileSync(path.join(dir, 'new-rule.test.ts'), declare('notARule', 'x', 'design'));
      const modules = ruleModulesIn(dir);
      expect(modules.map((module) => module.id)).toEqual(['new-rule', 'old-rule']);
      const index = [
        "import type { Rule } from './rule.js';",
        '',
        '// Rule modules: written by scripts/rule-docs.mjs from the rule files.',
        "import { oldRule } from './old-rule.js';",
        '',
        'const RULE_MODULES = [oldRule] as const;',
        '// End of rule modules.',
        '',
        'export const RULES = RULE_MODULES;',
      ].join('\n');
      const written = withRuleModules(index, modules, 'index.ts');
      expect(written).toContain(
        "import { newRule } from './new-rule.js';\nimport { oldRule } from './old-rule.js';",
      );
      expect(written).toContain('const RULE_MODULES = [\n  oldRule,\n  newRule,\n] as const;');
      expect(written).toContain('// End of rule modules.\n\nexport const RULES = RULE_MODULES;');
      expect(() => withRuleModules('const RULES = [];', modules, 'index.ts')).toThrow(
        /index\.ts: needs its/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
