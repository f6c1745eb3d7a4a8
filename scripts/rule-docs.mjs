#!/usr/bin/env node
/**
 * A rule is written in one place, its module: this script writes the rest
 * from the modules. The list of rule modules in `rules/index.ts` comes from
 * the rule files; the rule tables (README, rule reference) and each rule
 * page's header come from the rules' metadata.
 *
 *   node scripts/rule-docs.mjs          rewrite what is out of date
 *   node scripts/rule-docs.mjs --check  exit 1, naming the files, if any is
 *
 * The tables are written from the built engine: when the rule list changes,
 * the script builds it (`npm run build:engine`) before writing them.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RULES_DIR = 'plugins/architecture-catalog/src/engine/rules';
const RULES_INDEX = `${RULES_DIR}/index.ts`;
const MODULES_START = '// Rule modules: written by scripts/rule-docs.mjs from the rule files.';
const MODULES_END = '// End of rule modules.';
const START = '<!-- rule table: written by scripts/rule-docs.mjs from the rules -->';
const END = '<!-- end of rule table -->';

const SCOPES = {
  tree: 'tree (checked once over everything under the root)',
  workspace: 'workspace (checked once for each `UC-###` folder)',
  design: 'design (checked once for each Architecture Design)',
};

const escapeCell = (text) => text.replaceAll('|', '\\|');

/**
 * The rule modules of a folder: each file that declares
 * `export const <name> = defineRule({ id: '<id>', scope: '<scope>', ...`.
 */
export function ruleModulesIn(dir) {
  const declaration =
    /^export const (\w+) = defineRule\(\{\s*id: '([a-z0-9-]+)',\s*scope: '(tree|workspace|design)'/m;
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .sort()
    .flatMap((file) => {
      const found = declaration.exec(readFileSync(path.join(dir, file), 'utf8'));
      return found ? [{ file, name: found[1], id: found[2], scope: found[3] }] : [];
    });
}

/**
 * The modules in the order of the rule reference: the order `listed` already
 * has, each new rule after the last listed rule of its scope (or last).
 */
export function inReferenceOrder(modules, listed) {
  const ordered = listed.flatMap((name) => modules.filter((module) => module.name === name));
  for (const module of modules) {
    if (ordered.includes(module)) continue;
    const lastOfScope = ordered.findLastIndex((other) => other.scope === module.scope);
    ordered.splice(lastOfScope === -1 ? ordered.length : lastOfScope + 1, 0, module);
  }
  return ordered;
}

/** `rules/index.ts` with its block of rule modules written from the rule files. */
export function withRuleModules(text, modules, file) {
  const start = text.indexOf(MODULES_START);
  const end = text.indexOf(MODULES_END);
  if (start === -1 || end < start) {
    throw new Error(`${file}: needs its '${MODULES_START}' ... '${MODULES_END}' block`);
  }
  const block = text.slice(start, end);
  const listed = [
    ...(block.match(/const RULE_MODULES = \[([^\]]*)\]/)?.[1] ?? '').matchAll(/\w+/g),
  ].map(([name]) => name);
  const ordered = inReferenceOrder(modules, listed);
  const imports = modules.map(
    ({ name, file: module }) => `import { ${name} } from './${module.replace(/\.ts$/, '.js')}';`,
  );
  const list = `const RULE_MODULES = [\n${ordered.map(({ name }) => `  ${name},`).join('\n')}\n] as const;`;
  return `${text.slice(0, start)}${MODULES_START}\n${imports.join('\n')}\n\n${list}\n${text.slice(end)}`;
}

/** The README's table: rule, default, when it reports. */
export function readmeTable(rules) {
  const rows = rules.map(
    (rule) => `| \`${rule.id}\` | ${rule.defaultSetting} | ${escapeCell(rule.reportsWhen)} |`,
  );
  return ['| rule | default | reports when |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The rule reference's table, each rule linked to its page. */
export function referenceTable(rules) {
  const rows = rules.map(
    (rule) =>
      `| [\`${rule.id}\`](./${rule.id}.md) | \`${rule.defaultSetting}\` | ${rule.scope} | ${escapeCell(rule.reportsWhen)} |`,
  );
  return ['| rule | default | scope | reports when |', '| --- | --- | --- | --- |', ...rows].join(
    '\n',
  );
}

/** A rule page from its start to its first `##` section: front matter, title, summary, facts. */
export function ruleHeader(rule, position) {
  return [
    '---',
    `sidebar_position: ${position}`,
    `title: ${rule.id}`,
    '---',
    '',
    `# ${rule.id}`,
    '',
    rule.description,
    '',
    `- **Default severity:** \`${rule.defaultSetting}\``,
    `- **Scope:** ${SCOPES[rule.scope]}`,
    `- **Reported at:** ${rule.reportedAt}`,
    '',
  ].join('\n');
}

/** Replaces what lies between the table markers; throws when the markers are not there once each. */
export function withTable(text, table, file) {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end < start || text.indexOf(START, start + 1) !== -1) {
    throw new Error(`${file}: needs one '${START}' ... '${END}' pair around the rule table`);
  }
  return `${text.slice(0, start + START.length)}\n\n${table}\n\n${text.slice(end)}`;
}

/** A rule page with its header rewritten; the hand-written sections from the first `##` on are kept. */
export function withHeader(text, header, file) {
  const body = text.search(/^## /m);
  if (body === -1) throw new Error(`${file}: a rule page needs its '## ' sections`);
  return `${header}\n${text.slice(body)}`;
}

/** A file as `rewrite` makes it, formatted: `[relative path, expected text, current text]`. */
async function rewritten(repo, relative, rewrite) {
  const file = path.join(repo, relative);
  const current = readFileSync(file, 'utf8');
  const options = { ...(await prettier.resolveConfig(file)), filepath: file };
  return [relative, await prettier.format(rewrite(current, relative), options), current];
}

/** `rules/index.ts` as the rule files make it: `[relative path, expected text, current text]`. */
export function expectedRulesIndex(repo = REPO) {
  const modules = ruleModulesIn(path.join(repo, RULES_DIR));
  return rewritten(repo, RULES_INDEX, (text, file) => withRuleModules(text, modules, file));
}

/** Every file written from the rules' metadata, as it should read: `[relative path, expected text, current text]`. */
export async function expectedFiles(rules, repo = REPO) {
  const files = [];
  const add = async (relative, rewrite) => files.push(await rewritten(repo, relative, rewrite));
  await add('README.md', (text, file) => withTable(text, readmeTable(rules), file));
  await add('docs/rules/index.md', (text, file) => withTable(text, referenceTable(rules), file));
  for (const [index, rule] of rules.entries()) {
    // The reference itself is the first page of the section.
    const header = ruleHeader(rule, index + 2);
    await add(`docs/rules/${rule.id}.md`, (text, file) => withHeader(text, header, file));
  }
  return files;
}

async function main(argv) {
  const check = argv.includes('--check');
  const stale = [];
  const [indexFile, index, currentIndex] = await expectedRulesIndex();
  if (index !== currentIndex) {
    stale.push(indexFile);
    if (!check) {
      writeFileSync(path.join(REPO, indexFile), index);
      execFileSync('npm', ['run', '--silent', 'build:engine'], { cwd: REPO, stdio: 'inherit' });
    }
  }
  const engine = path.join(REPO, 'plugins/architecture-catalog/lib/engine/index.js');
  const { RULES } = await import(engine);
  for (const [relative, expected, current] of await expectedFiles(RULES)) {
    if (expected === current) continue;
    stale.push(relative);
    if (!check) writeFileSync(path.join(REPO, relative), expected);
  }
  if (stale.length === 0) return 0;
  if (!check) {
    console.log(`rule-docs: rewrote ${stale.join(', ')}`);
    return 0;
  }
  console.error(
    `rule-docs: out of date with the rules' metadata: ${stale.join(', ')}\n` +
      'Run `node scripts/rule-docs.mjs` and commit the result.',
  );
  return 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
