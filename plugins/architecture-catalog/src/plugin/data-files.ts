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
export function createDataWriter(dir: string, digits = 12): DataWriter {
  const written = new Map<string, string>();
  const pageOf = new Map<string, string>();
  return (pagePath, json) => {
    const target = path.join(dir, `page-${shortName(pagePath, digits, pageOf)}.json`);
    const digest = hash(json);
    if (written.get(target) === digest) return target;
    writeFileSafely(target, (out) => out(json));
    written.set(target, digest);
    return target;
  };
}

/**
 * A page's data module name: the first `digits` hex digits of its path's
 * hash, or all 64 for a page whose short name another page already has.
 * Every page ships the path of every data module in the route table, so
 * each digit saved is about half a kilobyte per 1,000 pages.
 */
function shortName(pagePath: string, digits: number, pageOf: Map<string, string>): string {
  const digest = hash(pagePath);
  const short = digest.slice(0, digits);
  const owner = pageOf.get(short);
  if (owner === undefined) pageOf.set(short, pagePath);
  return owner === undefined || owner === pagePath ? short : digest;
}
