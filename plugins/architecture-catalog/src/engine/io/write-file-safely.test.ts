import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirEach } from './__fixtures__/temp-dir.js';
import { UnsafeTargetError, writeFileSafely } from './write-file-safely.js';

const dir = tempDirEach('arch-catalog-write-');

describe('writeFileSafely', () => {
  it('writes every piece, creating the folder, and leaves no temporary file', () => {
    const target = path.join(dir(), 'out', 'catalog.json');
    writeFileSafely(target, (out) => {
      out('{"a":');
      out('"é"}');
    });
    expect(readFileSync(target, 'utf8')).toBe('{"a":"é"}');
    expect(readdirSync(path.dirname(target))).toEqual(['catalog.json']);
  });

  it('replaces an existing file whole', () => {
    const target = path.join(dir(), 'cache');
    writeFileSync(target, 'old');
    writeFileSafely(target, (out) => out('new'));
    expect(readFileSync(target, 'utf8')).toBe('new');
  });

  it('refuses a symbolic link at the target and leaves what it points to alone', () => {
    const victim = path.join(dir(), 'victim.txt');
    writeFileSync(victim, 'keep me');
    const target = path.join(dir(), '.arch-catalog-cache');
    symlinkSync(victim, target);
    expect(() => writeFileSafely(target, (out) => out('overwritten'))).toThrow(
      new UnsafeTargetError(`${target} is a symbolic link; not writing through it`),
    );
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    expect(lstatSync(target).isSymbolicLink()).toBe(true);
  });

  it('refuses a dangling link and a folder at the target', () => {
    symlinkSync(path.join(dir(), 'nowhere'), path.join(dir(), 'dangling'));
    expect(() => writeFileSafely(path.join(dir(), 'dangling'), () => {})).toThrow(/symbolic link/);
    mkdirSync(path.join(dir(), 'folder'));
    expect(() => writeFileSafely(path.join(dir(), 'folder'), () => {})).toThrow(
      /not a regular file/,
    );
  });

  it('leaves the old file and no temporary file when writing fails', () => {
    const target = path.join(dir(), 'report.json');
    writeFileSync(target, 'old');
    expect(() =>
      writeFileSafely(target, (out) => {
        out('partial');
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir())).toEqual(['report.json']);
  });
});
