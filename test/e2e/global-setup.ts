import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { REPO_ROOT } from '../helpers.js';
import { findChromium, NO_CHROMIUM } from '../../scripts/lib/chromium.mjs';
import { serveStatic } from '../../scripts/lib/static-server.mjs';

export const BUILD_DIR = path.join(REPO_ROOT, 'test', '.tmp', 'e2e-build');

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

/**
 * Stops the whole suite with one line when there is no browser, else builds
 * the sample site once (E2E_REUSE_BUILD=1 keeps an existing build) and
 * serves it on 127.0.0.1.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (findChromium().path === undefined) {
    process.stderr.write(`${NO_CHROMIUM}\n`);
    process.exit(1);
  }
  if (!(process.env.E2E_REUSE_BUILD === '1' && existsSync(path.join(BUILD_DIR, 'index.html')))) {
    const started = Date.now();
    const run = spawnSync(
      path.join(REPO_ROOT, 'node_modules', '.bin', 'docusaurus'),
      ['build', '--out-dir', BUILD_DIR],
      {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    if (run.status !== 0) throw new Error(`docusaurus build failed:\n${run.stdout}\n${run.stderr}`);
    process.stdout.write(
      `e2e: built the sample site in ${Math.round((Date.now() - started) / 1000)} s\n`,
    );
  }
  const server = await serveStatic(BUILD_DIR);
  project.provide('siteUrl', server.url);
  return server.close;
}
