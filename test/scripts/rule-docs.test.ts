import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULES } from '../../plugins/architecture-catalog/src/engine/rules/index.js';
import {
  expectedFiles,
  readmeTable,
  ruleHeader,
  withHeader,
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
