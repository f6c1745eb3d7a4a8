#!/usr/bin/env node
/**
 * The rule tables (README, rule reference) and each rule page's header are
 * written from the rules' own metadata, so a rule is described in one place.
 *
 *   node scripts/rule-docs.mjs          rewrite what is out of date
 *   node scripts/rule-docs.mjs --check  exit 1, naming the files, if any is
 *
 * Reads the built engine (`npm run build:engine` first).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- rule table: written by scripts/rule-docs.mjs from the rules -->';
const END = '<!-- end of rule table -->';

const SCOPES = {
  tree: 'tree (checked once over everything under the root)',
  workspace: 'workspace (checked once for each `UC-###` folder)',
  design: 'design (checked once for each Architecture Design)',
};

const escapeCell = (text) => text.replaceAll('|', '\\|');

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

/** Every file this script owns, as it should read: `[relative path, expected text, current text]`. */
export async function expectedFiles(rules, repo = REPO) {
  const files = [];
  const add = async (relative, rewrite) => {
    const file = path.join(repo, relative);
    const current = readFileSync(file, 'utf8');
    const options = { ...(await prettier.resolveConfig(file)), filepath: file };
    files.push([relative, await prettier.format(rewrite(current, relative), options), current]);
  };
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
  const engine = path.join(REPO, 'plugins/architecture-catalog/lib/engine/index.js');
  const { RULES } = await import(engine);
  const stale = [];
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
      'Run `npm run build:engine && node scripts/rule-docs.mjs` and commit the result.',
  );
  return 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
