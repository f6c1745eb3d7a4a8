import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { engineFingerprint, fingerprintOf } from './engine-fingerprint.js';

describe('fingerprintOf', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function tree(files: Record<string, string>): string {
    dir = mkdtempSync(path.join(tmpdir(), 'fingerprint-'));
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    return dir;
  }

  it('changes with any source file, and with nothing else', () => {
    const root = tree({ 'a.ts': 'x', 'rules/b.ts': 'y', 'rules/b.test.ts': 't', 'notes.md': 'n' });
    const before = fingerprintOf(root);
    writeFileSync(path.join(root, 'rules/b.test.ts'), 'changed test');
    writeFileSync(path.join(root, 'notes.md'), 'changed notes');
    expect(fingerprintOf(root)).toBe(before);
    writeFileSync(path.join(root, 'rules/b.ts'), 'y2');
    expect(fingerprintOf(root)).not.toBe(before);
  });

  it('changes when a file is renamed', () => {
    const a = fingerprintOf(tree({ 'a.ts': 'x' }));
    rmSync(dir, { recursive: true, force: true });
    expect(fingerprintOf(tree({ 'b.ts': 'x' }))).not.toBe(a);
  });

  it("gives the engine's fingerprint, the same on every call", () => {
    expect(engineFingerprint()).toMatch(/^[0-9a-f]{32}$/);
    expect(engineFingerprint()).toBe(engineFingerprint());
  });
});
