/**
 * Makes sure the end-to-end tests have a browser before they start.
 *
 * Found (CHROMIUM_PATH, or chromium / chromium-browser / google-chrome on
 * PATH): nothing to do. Missing, as root with apt-get: installs Debian's
 * `chromium` package, the only place a browser may come from here. Missing
 * otherwise: prints one line saying what to install and exits 1.
 * CHROMIUM_INSTALL=0 never installs.
 */
import { spawnSync } from 'node:child_process';
import { findChromium, findOnPath, NO_CHROMIUM } from './lib/chromium.mjs';

const PREFIX = 'ensure-chromium:';

const first = findChromium();
if (first.ignored) console.error(`${PREFIX} ${first.ignored}; looking on PATH`);
if (first.path === undefined) {
  const failure = installChromium();
  const second = findChromium();
  if (second.path === undefined) {
    console.error(failure ? `${NO_CHROMIUM} (${failure})` : NO_CHROMIUM);
    process.exit(1);
  }
  console.error(`${PREFIX} installed ${second.path}`);
}

/**
 * Installs Debian's chromium when this process may; says why not otherwise.
 * @returns {string | undefined} why nothing was installed
 */
function installChromium() {
  if (process.env.CHROMIUM_INSTALL === '0') return 'CHROMIUM_INSTALL=0';
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return undefined;
  if (findOnPath(['apt-get']) === undefined) return undefined;
  console.error(`${PREFIX} no Chromium found; installing Debian's chromium with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['-q', 'update'],
    ['-q', 'install', '-y', '--no-install-recommends', 'chromium'],
  ]) {
    const run = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (run.status !== 0)
      return `apt-get ${args[1] === 'update' ? 'update' : 'install chromium'} failed`;
  }
  return undefined;
}
