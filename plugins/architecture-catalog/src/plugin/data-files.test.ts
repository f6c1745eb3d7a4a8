import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDataWriter } from './data-files.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'arch-catalog-data-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('createDataWriter', () => {
  it('names a data module by its page, rewriting it only when its text changes', () => {
    const write = createDataWriter(path.join(dir, 'data'));
    const first = write('/catalog/use-cases/uc-1', '{"v":1}');
    expect(readFileSync(first, 'utf8')).toBe('{"v":1}');
    expect(write('/catalog/use-cases/uc-2', '{"v":1}')).not.toBe(first);

    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(first, past, past);
    expect(write('/catalog/use-cases/uc-1', '{"v":1}')).toBe(first);
    expect(statSync(first).mtime).toEqual(past);

    expect(write('/catalog/use-cases/uc-1', '{"v":2}')).toBe(first);
    expect(readFileSync(first, 'utf8')).toBe('{"v":2}');
    expect(readdirSync(path.join(dir, 'data')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('gives every page a module of its own when short names collide', () => {
    const write = createDataWriter(path.join(dir, 'one-digit'), 1);
    const pages = Array.from({ length: 40 }, (_, i) => `/catalog/use-cases/uc-${i}`);
    const modules = pages.map((page) => write(page, JSON.stringify(page)));
    expect(new Set(modules).size).toBe(pages.length);
    expect(modules.some((module) => /page-[0-9a-f]\.json$/.test(module))).toBe(true);
    expect(modules.some((module) => /page-[0-9a-f]{64}\.json$/.test(module))).toBe(true);
    expect(pages.map((page) => write(page, JSON.stringify(page)))).toEqual(modules);
    for (const [i, module] of modules.entries())
      expect(readFileSync(module, 'utf8')).toBe(JSON.stringify(pages[i]));
  });

  it('names a module by 12 digits of its page path', () => {
    const module = createDataWriter(path.join(dir, 'short'))('/catalog', '{}');
    expect(path.basename(module)).toMatch(/^page-[0-9a-f]{12}\.json$/);
  });
});
