import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rspack, type RuleSetRules } from '@rspack/core';
import { afterAll, describe, expect, it } from 'vitest';
import { dataModulesConfig } from './bundler-config.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'arch-catalog-bundler-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Bundles an entry reading one nested key of a catalog data module and of another JSON module. */
async function bundle(rules: unknown[]): Promise<string> {
  for (const folder of ['catalog', 'other']) {
    mkdirSync(path.join(dir, folder), { recursive: true });
    writeFileSync(
      path.join(dir, folder, 'data.json'),
      JSON.stringify({ page: { read: 1, [`${folder}Unread`]: 2 } }),
    );
  }
  writeFileSync(
    path.join(dir, 'entry.js'),
    "import a from './catalog/data.json';\nimport b from './other/data.json';\nconsole.log(a.page.read, b.page.read);\n",
  );
  const output = path.join(dir, 'dist');
  const compiler = rspack({
    mode: 'production',
    context: dir,
    entry: './entry.js',
    output: { path: output },
    optimization: { minimize: false },
    // The site's bundler is webpack or Rspack; the rule is written to suit both.
    module: { rules: rules as RuleSetRules },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) =>
      error || stats?.hasErrors() ? reject(error ?? new Error(stats?.toString())) : resolve(),
    ),
  );
  return readFileSync(path.join(output, 'main.js'), 'utf8');
}

describe('dataModulesConfig', () => {
  it('keeps the bundler from tracking the keys inside catalog data modules, and only there', async () => {
    const plain = await bundle([]);
    expect(plain).not.toContain('catalogUnread');
    expect(plain).not.toContain('otherUnread');

    const configured = await bundle(
      dataModulesConfig(path.join(dir, 'catalog')).module?.rules ?? [],
    );
    expect(configured).toContain('catalogUnread');
    expect(configured).not.toContain('otherUnread');
  });
});
