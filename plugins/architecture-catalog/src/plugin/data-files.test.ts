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
});
