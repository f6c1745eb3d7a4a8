// Rebuilds lib/ while src/ changes, for working on the theme beside `npm start`:
// tsc recompiles scripts, and each stylesheet is copied again when it changes.
import { spawn } from 'node:child_process';
import { cpSync, watch } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const plugin = fileURLToPath(new URL('..', import.meta.url));
const from = path.join(plugin, 'src/theme');
const to = path.join(plugin, 'lib/theme');

const tsc = spawn(
  process.execPath,
  [
    path.join(plugin, '../../node_modules/typescript/bin/tsc'),
    '-b',
    '--watch',
    '--preserveWatchOutput',
    plugin,
    path.join(plugin, 'tsconfig.theme.json'),
  ],
  { stdio: 'inherit' },
);

watch(from, { recursive: true }, (_event, file) => {
  if (!file || /\.(ts|tsx)$/.test(file)) return;
  try {
    cpSync(path.join(from, file), path.join(to, file));
    console.log(`watch: copied ${file}`);
  } catch {
    // Removed or renamed: the next full build (`npm run build:engine`) tidies lib/.
  }
});

const stop = () => tsc.kill();
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
tsc.on('exit', (code) => process.exit(code ?? 0));
