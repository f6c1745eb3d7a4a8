import { createHash } from 'node:crypto';
import path from 'node:path';
import { writeFileSafely } from '../engine/io/write-file-safely.js';

/** Writes a page's data module; returns its path. */
export type DataWriter = (pagePath: string, json: string) => string;

const hash = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Data modules named by their page's path, written synchronously and
 * atomically (`writeFileSafely`: a temporary file, then a rename), and only when their text
 * changed. The dev server runs plugin reloads concurrently; written this
 * way, the last reload to publish wins whole: no half-written file, no
 * older page data written over newer, and an edit changes no route.
 */
export function createDataWriter(dir: string): DataWriter {
  const written = new Map<string, string>();
  return (pagePath, json) => {
    const target = path.join(dir, `page-${hash(pagePath).slice(0, 20)}.json`);
    const digest = hash(json);
    if (written.get(target) === digest) return target;
    writeFileSafely(target, (out) => out(json));
    written.set(target, digest);
    return target;
  };
}
