import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE = /\.(?:js|ts)$/;
const NOT_SOURCE = /\.(?:test|d)\.(?:js|ts)$/;

/** Every source file under `dir` (tests and declarations left out), by relative path. */
function sourceFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory()) {
        return entry.name === '__fixtures__'
          ? []
          : sourceFiles(path.join(dir, entry.name), relative);
      }
      return SOURCE.test(entry.name) && !NOT_SOURCE.test(entry.name) ? [relative] : [];
    })
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A hash of the names and contents of the source files under `dir`. */
export function fingerprintOf(dir: string): string {
  const hash = createHash('sha256');
  for (const file of sourceFiles(dir)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(dir, file)));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 32);
}

let engine: string | undefined;

/**
 * The fingerprint of the engine's own code: what parses, models and checks a document. Any
 * change to it starts caches kept across runs afresh, so no one has to remember to.
 */
export function engineFingerprint(): string {
  engine ??= fingerprintOf(fileURLToPath(new URL('..', import.meta.url)));
  return engine;
}
