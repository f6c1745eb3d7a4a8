import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findChromium, NO_CHROMIUM } from '../../scripts/lib/chromium.mjs';
import { REPO_ROOT, tempDir } from '../helpers.js';

const executables =
  (...files: string[]) =>
  (file: string) =>
    files.includes(file);

describe('findChromium', () => {
  it('takes CHROMIUM_PATH when it names an executable', () => {
    const env = { CHROMIUM_PATH: '/opt/chrome/chrome', PATH: '/usr/bin' };
    const found = findChromium(env, executables('/opt/chrome/chrome', '/usr/bin/chromium'));
    expect(found).toEqual({ path: '/opt/chrome/chrome', ignored: undefined });
  });

  it('says why CHROMIUM_PATH was passed over and looks on PATH', () => {
    const env = { CHROMIUM_PATH: '/nowhere/chromium', PATH: '/usr/bin' };
    expect(findChromium(env, executables('/usr/bin/chromium'))).toEqual({
      path: '/usr/bin/chromium',
      ignored: 'CHROMIUM_PATH=/nowhere/chromium is not an executable file',
    });
  });

  it('prefers chromium anywhere on PATH, then chromium-browser, then google-chrome', () => {
    const env = { PATH: ['/a', '/b'].join(path.delimiter) };
    expect(findChromium(env, executables('/a/google-chrome', '/b/chromium')).path).toBe(
      '/b/chromium',
    );
    expect(findChromium(env, executables('/a/google-chrome', '/b/chromium-browser')).path).toBe(
      '/b/chromium-browser',
    );
    expect(findChromium(env, executables('/b/google-chrome')).path).toBe('/b/google-chrome');
  });

  it('finds nothing on an empty PATH', () => {
    expect(findChromium({ PATH: '' }, executables('/usr/bin/chromium')).path).toBeUndefined();
  });
});

describe('scripts/ensure-chromium.mjs', () => {
  let bin: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir: bin, cleanup } = tempDir('arch-catalog-bin-'));
  });
  afterEach(() => cleanup());

  const ensure = (env: Record<string, string>) =>
    spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'ensure-chromium.mjs')], {
      env: { PATH: bin, ...env },
      encoding: 'utf8',
    });

  function fakeBrowser(name: string): string {
    const file = path.join(bin, name);
    writeFileSync(file, '#!/bin/sh\n');
    chmodSync(file, 0o755);
    return file;
  }

  it('is silent when a browser is on PATH', () => {
    fakeBrowser('chromium-browser');
    const run = ensure({});
    expect([run.status, run.stdout, run.stderr]).toEqual([0, '', '']);
  });

  it('warns once when CHROMIUM_PATH points nowhere and a browser is on PATH', () => {
    fakeBrowser('google-chrome');
    const run = ensure({ CHROMIUM_PATH: path.join(bin, 'missing') });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      `ensure-chromium: CHROMIUM_PATH=${path.join(bin, 'missing')} is not an executable file; looking on PATH\n`,
    );
  });

  it('prints the one line and exits 1 when there is no browser and no apt-get', () => {
    const run = ensure({});
    expect([run.status, run.stdout, run.stderr]).toEqual([1, '', `${NO_CHROMIUM}\n`]);
  });

  it('installs nothing under CHROMIUM_INSTALL=0, and says so on the line', () => {
    mkdirSync(path.join(bin, 'sub'));
    const run = ensure({ CHROMIUM_INSTALL: '0', CHROMIUM_PATH: path.join(bin, 'sub') });
    expect(run.status).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      `ensure-chromium: CHROMIUM_PATH=${path.join(bin, 'sub')} is not an executable file; looking on PATH`,
      `${NO_CHROMIUM} (CHROMIUM_INSTALL=0)`,
    ]);
  });
});
