import { lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture, tempDir } from '../helpers.js';
import { runCli } from './run-cli.js';

const TREE = fixture('trees', 'mixed');
let dir: string;
let cleanup: () => void;
let victim: string;

beforeEach(() => {
  ({ dir, cleanup } = tempDir('arch-catalog-writes-'));
  victim = path.join(dir, 'victim.txt');
  writeFileSync(victim, 'keep me');
});
afterEach(() => cleanup());

describe('files the CLI writes', () => {
  it('never writes the cache through a link planted at its name', async () => {
    const cache = path.join(dir, '.arch-catalog-cache');
    symlinkSync(victim, cache);
    const run = await runCli(['validate', '--root', TREE, '--cache'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `arch-catalog: could not write the cache .arch-catalog-cache: ${cache} is a symbolic link; not writing through it\n`,
    );
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    expect(lstatSync(cache).isSymbolicLink()).toBe(true);
  });

  it('never writes through a link planted at a temporary name', async () => {
    symlinkSync(victim, path.join(dir, `.arch-catalog-cache.${process.pid}.tmp`));
    const run = await runCli(['validate', '--root', TREE, '--cache'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    expect(lstatSync(path.join(dir, '.arch-catalog-cache')).isFile()).toBe(true);
  });

  it('refuses --out through a link, with exit 2 and one line', async () => {
    const out = path.join(dir, 'catalog.json');
    symlinkSync(victim, out);
    const run = await runCli(['catalog', '--root', TREE, '--out', 'catalog.json'], { cwd: dir });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `arch-catalog: ${out} is a symbolic link; not writing through it\n`,
    });
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
  });

  it('writes --out as before when the path is free', async () => {
    const run = await runCli(['catalog', '--root', TREE, '--out', 'out/catalog.json'], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    const written = JSON.parse(readFileSync(path.join(dir, 'out', 'catalog.json'), 'utf8'));
    expect(written.schemaVersion).toBe(1);
  });

  it("does not trust a cache edited to hide a design's errors", async () => {
    const env = { XDG_CACHE_HOME: path.join(dir, 'user-cache') };
    const design = path.join(
      dir,
      'tree',
      'UC-001_Draft',
      '02_Architecture',
      'Architecture_Design.md',
    );
    mkdirSync(path.dirname(design), { recursive: true });
    writeFileSync(design, '# Architecture Design: Draft\n\nTo be written.\n');
    const first = await runCli(['validate', '--root', 'tree', '--cache'], { cwd: dir, env });
    expect(first.code).toBe(1);
    const cache = path.join(dir, '.arch-catalog-cache');
    const original = readFileSync(cache, 'utf8');
    const emptied = original.replace(/"found":\[[^\]]+\]/g, '"found":[]');
    expect(emptied).not.toBe(original);
    writeFileSync(cache, emptied);
    const second = await runCli(['validate', '--root', 'tree', '--cache'], { cwd: dir, env });
    expect(second).toEqual(first);
  });
});
