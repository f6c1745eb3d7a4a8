import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fixture, REPO_ROOT } from '../helpers.js';

const DOCUSAURUS = path.join(REPO_ROOT, 'node_modules', '.bin', 'docusaurus');
const SCRATCH = path.join(REPO_ROOT, 'test', '.tmp');

export type OnInvalid = 'warn' | 'throw';

/**
 * A private copy of the fixture site, so that builds running side by side
 * never share a `.docusaurus` folder. It sits inside the repository, where
 * the site's imports resolve.
 */
export function siteCopy(): { dir: string; cleanup: () => void } {
  mkdirSync(SCRATCH, { recursive: true }); // not there in a fresh clone
  const base = mkdtempSync(path.join(SCRATCH, 'hostile-site-'));
  const dir = path.join(base, 'site');
  cpSync(fixture('site'), dir, {
    recursive: true,
    filter: (source) => !source.includes(`${path.sep}.docusaurus`),
  });
  return { dir, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

/** `docusaurus build` of a site copy over `root`. */
export function buildSite(
  site: string,
  root: string,
  onInvalid: OnInvalid,
  outDir: string,
): SpawnSyncReturns<string> {
  return spawnSync(DOCUSAURUS, ['build', site, '--out-dir', outDir], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ARCH_CATALOG_ROOT: root,
      ARCH_CATALOG_ON_INVALID: onInvalid,
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    maxBuffer: 256 * 1024 * 1024,
    timeout: 600_000,
  });
}

/** A stack frame of the catalog's own code in some output. */
export const OUR_STACK_FRAME = /\n\s+at .*architecture-catalog[\\/](?:lib|src)[\\/]/;
