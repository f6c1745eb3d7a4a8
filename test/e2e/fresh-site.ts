import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../helpers.js';

const PLUGIN_DIR = path.join(REPO_ROOT, 'plugins', 'architecture-catalog');
const PLUGIN = 'docusaurus-plugin-architecture-catalog';
const TARBALL = 'plugin.tgz';

interface LockEntry {
  version?: string;
  dev?: boolean;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  engines?: Record<string, string>;
  [key: string]: unknown;
}

function run(
  command: string,
  args: string[],
  cwd: string,
  timeout: number,
): SpawnSyncReturns<string> {
  return spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
}

function check(result: SpawnSyncReturns<string>, what: string): void {
  if (result.status !== 0) {
    throw new Error(
      `${what} failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`,
    );
  }
}

/** `npm pack` of the plugin, as a user gets it from the registry: the tarball's path. */
export function packPlugin(dir: string): string {
  check(
    run('npm', ['pack', PLUGIN_DIR, '--pack-destination', dir, '--silent'], dir, 60_000),
    'npm pack',
  );
  const [name] = readdirSync(dir).filter((file) => file.endsWith('.tgz'));
  return path.join(dir, name!);
}

/**
 * A lock file for a site whose dependencies are this repository's site
 * packages and the packed plugin: the repository's lock with the workspace
 * link replaced by the tarball and the development packages left out, so
 * `npm ci --offline` installs from the npm cache alone.
 */
function freshLock(dependencies: Record<string, string>, tarball: string): object {
  const lock = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>;
  };
  const workspace = 'plugins/architecture-catalog';
  const plugin = lock.packages[workspace]!;
  const packages: Record<string, LockEntry> = {
    '': { name: 'fresh-site', version: '0.0.0', dependencies },
  };
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (key === '' || key === workspace || key === `node_modules/${PLUGIN}` || entry.dev) continue;
    const moved = key.startsWith(`${workspace}/`)
      ? `node_modules/${PLUGIN}${key.slice(workspace.length)}`
      : key;
    packages[moved] = entry;
  }
  packages[`node_modules/${PLUGIN}`] = {
    version: plugin.version,
    resolved: `file:${TARBALL}`,
    integrity: `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`,
    dependencies: plugin.dependencies,
    peerDependencies: plugin.peerDependencies,
    engines: plugin.engines,
  };
  return { name: 'fresh-site', version: '0.0.0', lockfileVersion: 3, requires: true, packages };
}

// What a new Docusaurus 3 site has, and the plugin: one entry in `plugins`.
const CONFIG = `export default {
  title: 'Fresh site',
  url: 'https://example.com',
  baseUrl: '/',
  favicon: 'img/favicon.svg',
  onBrokenLinks: 'throw',
  future: { v4: true, faster: true },
  markdown: { mermaid: true },
  presets: [['classic', { docs: false, blog: false }]],
  themes: ['@docusaurus/theme-mermaid'],
  plugins: ['${PLUGIN}'],
};
`;

/**
 * A new site in `dir` with the packed plugin installed offline and the
 * given workspaces of the samples under `AE01_Implementations` (the
 * plugin's default root).
 */
export function createFreshSite(dir: string, tarball: string, workspaces: string[]): void {
  const site = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  const dependencies = { ...site.dependencies, [PLUGIN]: `file:${TARBALL}` };
  cpSync(tarball, path.join(dir, TARBALL));
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'fresh-site', version: '0.0.0', private: true, dependencies }, null, 2),
  );
  writeFileSync(
    path.join(dir, 'package-lock.json'),
    JSON.stringify(freshLock(dependencies, tarball), null, 2),
  );
  writeFileSync(path.join(dir, 'docusaurus.config.js'), CONFIG);
  mkdirSync(path.join(dir, 'static', 'img'), { recursive: true });
  cpSync(
    path.join(REPO_ROOT, 'static', 'img', 'favicon.svg'),
    path.join(dir, 'static', 'img', 'favicon.svg'),
  );
  mkdirSync(path.join(dir, 'src', 'pages'), { recursive: true });
  writeFileSync(
    path.join(dir, 'src', 'pages', 'index.md'),
    '# Fresh site\n\nSee [the catalog](/catalog).\n',
  );
  for (const workspace of workspaces) {
    cpSync(
      path.join(REPO_ROOT, 'AE01_Implementations', workspace),
      path.join(dir, 'AE01_Implementations', workspace),
      { recursive: true },
    );
  }
  const install = ['ci', '--offline', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'];
  check(run('npm', install, dir, 600_000), 'npm ci --offline');
}

/** `docusaurus build` of the site into its `build` folder. */
export function buildSite(dir: string): SpawnSyncReturns<string> {
  return run(path.join(dir, 'node_modules', '.bin', 'docusaurus'), ['build'], dir, 600_000);
}
