import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { REPO_ROOT } from '../helpers.js';

const DOCUSAURUS = path.join(REPO_ROOT, 'node_modules', '.bin', 'docusaurus');

export interface DevServer {
  url: string;
  /** Everything the server printed so far, stdout and stderr interleaved. */
  output(): string;
  /** Whether the server process has ended. */
  exited(): boolean;
  /** Stops the whole process group; safe to call twice. */
  stop(): Promise<void>;
}

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** `docusaurus start <site>` over `root`, in its own process group so that it can be killed whole. */
export function startDevServer(site: string, root: string, port: number): DevServer {
  const child = spawn(
    DOCUSAURUS,
    ['start', site, '--host', '127.0.0.1', '--port', String(port), '--no-open'],
    {
      cwd: REPO_ROOT,
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
  // If the test runner dies before afterAll, the server must not outlive it.
  const pid = child.pid;
  if (pid !== undefined) process.once('exit', () => signalGroup(pid, 'SIGKILL'));
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    exited: () => hasExited(child),
    stop: () => stopGroup(child),
  };
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined) return;
  signalGroup(child.pid, 'SIGTERM');
  for (let waited = 0; waited < 5000 && child.exitCode === null && child.signalCode === null;) {
    await sleep(100);
    waited += 100;
  }
  signalGroup(child.pid, 'SIGKILL');
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is gone already.
  }
}

/** Polls `url` until it answers 200, or fails after `timeoutMs`, with the server's output. */
export async function waitUntilServing(
  server: DevServer,
  pathname: string,
  timeoutMs: number,
): Promise<void> {
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

/** Waits until `found` holds on the server's output, or fails with the output. */
export async function waitForOutput(
  server: DevServer,
  found: (output: string) => boolean,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!found(server.output())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting on:\n${server.output()}`);
    await sleep(100);
  }
}
