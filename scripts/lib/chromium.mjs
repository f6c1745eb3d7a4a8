/**
 * The Chromium the tests and the benchmark launch: headless, with the
 * background networking this machine's closed network refuses turned off.
 * Never a downloaded browser: `CHROMIUM_PATH`, else the first of
 * CHROMIUM_NAMES on PATH (Debian's `chromium` is what CI installs).
 */
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

export const CHROMIUM_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
];

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The one line printed when no browser can be found or installed. */
export const NO_CHROMIUM =
  'No Chromium for the end-to-end tests: install one (Debian: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable.';

/**
 * @typedef {object} ChromiumLookup
 * @property {string | undefined} path the browser to launch, when one was found
 * @property {string | undefined} ignored why CHROMIUM_PATH was set but not used
 */

/**
 * @param {NodeJS.ProcessEnv} [env]
 * @param {(file: string) => boolean} [isExecutable]
 * @returns {ChromiumLookup}
 */
export function findChromium(env = process.env, isExecutable = isExecutableFile) {
  const named = env.CHROMIUM_PATH;
  if (named && isExecutable(named)) return { path: path.resolve(named), ignored: undefined };
  const ignored = named ? `CHROMIUM_PATH=${named} is not an executable file` : undefined;
  return { path: findOnPath(CHROMIUM_NAMES, env, isExecutable), ignored };
}

/**
 * The first of `names` on PATH, as `command -v` would find it, trying each
 * name in turn.
 * @param {string[]} names
 * @param {NodeJS.ProcessEnv} [env]
 * @param {(file: string) => boolean} [isExecutable]
 * @returns {string | undefined}
 */
export function findOnPath(names, env = process.env, isExecutable = isExecutableFile) {
  const dirs = (env.PATH ?? '').split(path.delimiter).filter((dir) => dir !== '');
  for (const name of names)
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  return undefined;
}

/**
 * The browser to launch, or an error whose message is NO_CHROMIUM.
 * @returns {string}
 */
export function chromiumExecutable() {
  const { path: found } = findChromium();
  if (found === undefined) throw noChromiumError();
  return found;
}

/** An error that prints as the one line, without a stack. */
export function noChromiumError() {
  const error = new Error(NO_CHROMIUM);
  error.stack = NO_CHROMIUM;
  return error;
}

/** @param {string} file */
function isExecutableFile(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
