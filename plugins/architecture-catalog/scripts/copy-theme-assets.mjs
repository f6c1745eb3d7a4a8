// tsc emits only scripts: copy the theme's stylesheets beside them.
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const from = fileURLToPath(new URL('../src/theme', import.meta.url));
const to = fileURLToPath(new URL('../lib/theme', import.meta.url));
if (existsSync(from)) {
  cpSync(from, to, {
    recursive: true,
    filter: (source) => !/\.(ts|tsx)$/.test(source),
  });
  // The package is `"type": "module"`, which makes webpack demand file
  // extensions in imports; the theme is written the Docusaurus way, without.
  writeFileSync(`${to}/package.json`, '{\n  "sideEffects": ["*.css"]\n}\n');
}
