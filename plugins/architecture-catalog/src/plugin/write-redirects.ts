import { existsSync } from 'node:fs';
import path from 'node:path';
import { writeFileSafely } from '../engine/io/write-file-safely.js';
import { escapeXmlAttribute } from '../format/junit.js';
import type { Redirect } from '../views/redirects.js';

/** A page that sends the reader on at once, with or without JavaScript, and asks not to be indexed. */
export function redirectPage(to: string): string {
  const url = escapeXmlAttribute(to);
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><title>Moved</title>',
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${url}">`,
    `<meta http-equiv="refresh" content="0; url=${url}">`,
    `</head><body><p>This page moved to <a href="${url}">${url}</a>.</p></body></html>`,
    '',
  ].join('\n');
}

/**
 * Writes each redirect as `<from>/index.html` in the build, never over a page
 * the build already holds, never outside it. Returns how many it wrote.
 */
export function writeRedirects(
  outDir: string,
  baseUrl: string,
  redirects: readonly Redirect[],
): number {
  let written = 0;
  for (const { from, to } of redirects) {
    const relative = from.startsWith(baseUrl) ? from.slice(baseUrl.length) : from;
    const segments = relative.split('/').filter(Boolean);
    if (segments.length === 0 || segments.some((segment) => segment === '..' || segment === '.'))
      continue;
    const dir = path.resolve(outDir, ...segments);
    const file = path.join(dir, 'index.html');
    if (!dir.startsWith(path.resolve(outDir) + path.sep) || existsSync(file)) continue;
    writeFileSafely(file, (out) => out(redirectPage(to)));
    written += 1;
  }
  return written;
}
