/**
 * `docusaurus start` of a site over a workspace tree, in its own process
 * group so that it can be stopped whole. The dev-server test and the
 * benchmark both run it.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DOCUSAURUS = path.join(REPO, 'node_modules', '.bin', 'docusaurus');

/**
 * @typedef {object} DevServer
 * @property {string} url
 * @property {() => string} output everything the server printed so far, stdout and stderr interleaved
 * @property {() => boolean} exited whether the server process has ended
 * @property {() => Promise<void>} stop stops the whole process group; safe to call twice
 */

/**
 * A TCP port nobody listens on right now.
 * @returns {Promise<number>}
 */
export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  await new Promise((resolve) => server.close(() => resolve(undefined)));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/**
 * @param {string} site the site folder
 * @param {string} root the workspace tree (`ARCH_CATALOG_ROOT`)
 * @param {number} port
 * @returns {DevServer}
 */
export function startDevServer(site, root, port) {
  const child = spawn(
    DOCUSAURUS,
    ['start', site, '--host', '127.0.0.1', '--port', String(port), '--no-open'],
    {
      cwd: REPO,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        ARCH_CATALOG_ROOT: root,
        ARCH_CATALOG_ON_INVALID: 'warn',
        // Vitest sets NODE_ENV=test, which the site's browserslist does not know.
        NODE_ENV: 'development',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        BROWSER: 'none',
      },
    },
  );
  // If the caller dies before stopping it, the server must not outlive it.
  const pid = child.pid;
  if (pid !== undefined) process.once('exit', () => signalGroup(pid, 'SIGKILL'));
  let output = '';
  child.stdout?.on('data', (/** @type {Buffer} */ chunk) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (/** @type {Buffer} */ chunk) => (output += chunk.toString('utf8')));
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    exited,
    stop: async () => {
      if (pid === undefined) return;
      signalGroup(pid, 'SIGTERM');
      for (let waited = 0; waited < 5000 && !exited(); waited += 100) await sleep(100);
      signalGroup(pid, 'SIGKILL');
    },
  };
}

/**
 * @param {number} pid
 * @param {NodeJS.Signals} signal
 */
function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is gone already.
  }
}

/**
 * Polls `pathname` until it answers 200; throws with the server's output otherwise.
 * @param {DevServer} server
 * @param {string} pathname
 * @param {number} timeoutMs
 */
export async function waitUntilServing(server, pathname, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !server.exited()) {
    const status = await fetch(server.url + pathname).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await sleep(500);
  }
  const why = server.exited() ? 'exited' : `did not answer ${pathname} in ${timeoutMs} ms`;
  throw new Error(`dev server ${why}:\n${server.output()}`);
}

/**
 * Waits until `found` holds on the server's output; throws with the output otherwise.
 * @param {DevServer} server
 * @param {(output: string) => boolean} found
 * @param {number} timeoutMs
 */
export async function waitForOutput(server, found, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (!found(server.output())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting on:\n${server.output()}`);
    await sleep(100);
  }
}
