/**
 * The unreadable-file case as a user without the permission sees it. Tests
 * usually run as root, whom permission bits do not stop: then this file
 * simulates the kernel's check (opening or listing something with no read
 * bit fails with EACCES), so the case is never skipped silently.
 */
import type * as Fs from 'node:fs';
import type { PathLike } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { catalogOf, tempDir } from '../helpers.js';
import { generateHostileCorpus } from './corpus.js';

const SIMULATE = process.getuid?.() === 0;

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof Fs>();
  const denied = (target: PathLike): boolean => {
    try {
      return SIMULATE && (actual.statSync(target).mode & 0o444) === 0;
    } catch {
      return false;
    }
  };
  const eacces = (call: string, target: PathLike): Error =>
    Object.assign(new Error(`EACCES: permission denied, ${call} '${String(target)}'`), {
      code: 'EACCES',
    });
  return {
    ...actual,
    openSync: ((target: PathLike, ...rest: never[]) => {
      if (denied(target)) throw eacces('open', target);
      return (actual.openSync as (...args: unknown[]) => number)(target, ...rest);
    }) as typeof actual.openSync,
    readdirSync: ((target: PathLike, ...rest: never[]) => {
      if (denied(target)) throw eacces('scandir', target);
      return (actual.readdirSync as (...args: unknown[]) => unknown)(target, ...rest);
    }) as typeof actual.readdirSync,
  };
});

const temp = tempDir('arch-catalog-hostile-unreadable-');
afterAll(() => temp.cleanup());

describe(`a file without read permission (${SIMULATE ? 'simulated: running as root' : 'real'})`, () => {
  it('is a parse-error, and its use case stays in the catalog', () => {
    const root = path.join(temp.dir, 'corpus');
    const [hostile] = generateHostileCorpus(root, { only: ['unreadable-file'] });
    const dir = hostile!.dir;
    const model = catalogOf(root);
    expect(model.useCases.map((useCase) => useCase.dir)).toEqual([dir]);
    const unreadable = model.diagnostics
      .filter((d) => d.ruleId === 'parse-error')
      .map((d) => [d.file, d.message.replace(`${d.file} `, '')]);
    expect(unreadable).toEqual([
      [`${dir}/01_Handoff/Locked`, 'cannot be read: permission denied'],
      [`${dir}/01_Handoff/Secret.md`, 'cannot be read: permission denied'],
      [`${dir}/02_Architecture/Architecture_Design.md`, 'cannot be read: permission denied'],
    ]);
  });
});
