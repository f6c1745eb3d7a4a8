import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogModel } from '../../plugins/architecture-catalog/src/engine/types.js';
import { catalogOf, tempDir } from '../helpers.js';

const STATUS = '# Implementation Status: X\n\n**Phase:** Handoff\n';
let model: CatalogModel;
let cleanup: () => void;
let outside: { dir: string; cleanup: () => void };

/** One workspace per way a document can be unreadable; every one must stay in the catalog. */
beforeAll(() => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  outside = tempDir('arch-catalog-outside-');
  writeFileSync(path.join(outside.dir, 'secret.md'), '# Secret\n');
  const root = path.join(temp.dir, 'root');
  const workspace = (name: string, files: Record<string, string | Buffer>): void => {
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, name, file)), { recursive: true });
      writeFileSync(path.join(root, name, file), content);
    }
  };
  const design = '02_Architecture/Architecture_Design.md';
  workspace('UC-101_Binary', {
    '00_Status.md': STATUS,
    [design]: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]),
  });
  workspace('UC-102_Latin1', {
    '00_Status.md': STATUS,
    [design]: Buffer.from('# Architecture Design: Caf\xe9\n', 'latin1'),
  });
  workspace('UC-103_Utf16', {
    '00_Status.md': STATUS,
    [design]: Buffer.from('\ufeff# Architecture Design: X\n', 'utf16le'),
  });
  workspace('UC-104_Huge', {
    '00_Status.md': STATUS,
    [design]: `# Architecture Design: Huge\n${'x'.repeat(5 * 1024 * 1024)}`,
  });
  workspace('UC-105_Links', { '00_Status.md': STATUS });
  symlinkSync(path.join(outside.dir, 'secret.md'), path.join(root, 'UC-105_Links', 'Secret.md'));
  symlinkSync(outside.dir, path.join(root, 'UC-105_Links', 'outside-folder'));
  symlinkSync(path.join(root, 'UC-105_Links'), path.join(root, 'UC-105_Links', 'loop'));
  symlinkSync(path.join(root, 'nowhere.md'), path.join(root, 'UC-105_Links', 'Dangling.md'));
  workspace('UC-106_Fifo', { '00_Status.md': STATUS });
  execFileSync('mkfifo', [path.join(root, 'UC-106_Fifo', 'Pipe.md')]);
  workspace('UC-107_Bom', { '00_Status.md': `\ufeff${STATUS}` });
  model = catalogOf(root);
});

afterAll(() => {
  cleanup();
  outside.cleanup();
});

const reasonFor = (file: string) =>
  model.diagnostics
    .filter((diagnostic) => diagnostic.file === file && diagnostic.ruleId === 'parse-error')
    .map((diagnostic) => diagnostic.message);

describe('documents that cannot be read', () => {
  it('keeps every workspace in the catalog', () => {
    expect(model.useCases.map((useCase) => useCase.id)).toEqual([
      'UC-101',
      'UC-102',
      'UC-103',
      'UC-104',
      'UC-105',
      'UC-106',
      'UC-107',
    ]);
  });

  it.each([
    ['UC-101_Binary', /NUL byte/],
    ['UC-102_Latin1', /not valid UTF-8 \(first bad byte at offset 26\)/],
    ['UC-103_Utf16', /UTF-16/],
    ['UC-104_Huge', /over the 5 MB limit/],
  ])('%s gives one parse-error on the design', (dir, reason) => {
    expect(reasonFor(`${dir}/02_Architecture/Architecture_Design.md`)).toEqual([
      expect.stringMatching(reason),
    ]);
  });

  it('never follows a link outside the root, and ends link loops', () => {
    expect(reasonFor('UC-105_Links/Secret.md')).toEqual([
      expect.stringMatching(/outside the root/),
    ]);
    expect(reasonFor('UC-105_Links/outside-folder')).toEqual([
      expect.stringMatching(/outside the root/),
    ]);
    expect(reasonFor('UC-105_Links/Dangling.md')).toEqual([
      expect.stringMatching(/cannot be read/),
    ]);
    const paths = model.useCases
      .find((useCase) => useCase.id === 'UC-105')
      ?.documents.map((document) => document.path);
    expect(paths).toEqual(['UC-105_Links/00_Status.md']);
  });

  it('does not open a FIFO', () => {
    expect(reasonFor('UC-106_Fifo/Pipe.md')).toEqual([expect.stringMatching(/not a regular file/)]);
  });

  it('reads a UTF-8 byte-order mark as nothing', () => {
    expect(model.useCases.find((useCase) => useCase.id === 'UC-107')?.phase).toBe('Handoff');
  });
});
