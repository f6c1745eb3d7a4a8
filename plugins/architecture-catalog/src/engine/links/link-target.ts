import path from 'node:path';

/** Where a link or image of a workspace document leads, as far as the text tells. */
export type LinkTarget =
  /** Another site, an e-mail address, a fragment of the same page, or nothing. */
  | { kind: 'elsewhere' }
  /** A path of the site (`/catalog`, `/img/logo.svg`): a route or a static file. */
  | { kind: 'site' }
  /** A file or folder inside the root, `/`-separated and relative to it. */
  | { kind: 'inside'; path: string }
  /** Refused: it names something outside the root, or cannot be read as a path. */
  | { kind: 'refused'; why: string };

const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/**
 * Where `url`, written in the document at `documentPath` (relative to the
 * root, `/`-separated), leads. Decided from the text alone, as Docusaurus
 * would resolve it: query and fragment dropped, percent-escapes decoded once,
 * `@site/` from the site's folder (never the root's), a leading `/` from
 * the site's static folders, anything else from the document's folder.
 * Backslashes count as separators, as browsers read them.
 */
export function linkTarget(url: string, documentPath: string): LinkTarget {
  if (url === '' || url.startsWith('#') || url.startsWith('//') || SCHEME.test(url))
    return { kind: 'elsewhere' };
  const encoded = url.replace(/[?#].*$/s, '');
  let decoded: string;
  try {
    decoded = decodeURIComponent(encoded).replace(/\\/g, '/');
  } catch {
    return { kind: 'refused', why: 'is not a valid percent-encoded path' };
  }
  if (decoded.includes('\0')) return { kind: 'refused', why: 'holds a NUL character' };
  if (decoded.startsWith('@site/'))
    return { kind: 'refused', why: 'names a file of the site (@site/), outside the catalog root' };
  if (decoded.startsWith('/'))
    return climbs(decoded)
      ? { kind: 'refused', why: "climbs above the site's root" }
      : { kind: 'site' };
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(documentPath), decoded));
  if (joined === '..' || joined.startsWith('../'))
    return { kind: 'refused', why: 'leads outside the catalog root' };
  return { kind: 'inside', path: joined === '.' ? '' : joined.replace(/\/$/, '') };
}

/** Whether a `/`-rooted path goes above its root at some point (`/a/../../b`). */
function climbs(rooted: string): boolean {
  let depth = 0;
  for (const segment of rooted.split('/')) {
    if (segment === '..') depth -= 1;
    else if (segment !== '' && segment !== '.') depth += 1;
    if (depth < 0) return true;
  }
  return false;
}

/**
 * Whether a text may hold a link that leaves the root: every such link
 * climbs (`..`, maybe percent-encoded) or starts with `@site/`. Lets the
 * scan skip parsing documents that cannot.
 */
export function mayLinkOutside(text: string): boolean {
  // `..` as a path segment, not an ellipsis in prose (`and so on...`).
  return /(?:^|[\s/\\(<])\.\.(?:[/\\)#?>\s]|%2f|%5c|$)|@site|%2e/im.test(text);
}

/**
 * Files a document may link or show: types a browser never runs, whatever
 * their bytes. Docusaurus copies a linked file to the site's origin as it
 * is, so an `.svg`, `.html` or `.js` there would run script as the catalog.
 */
export const INERT_EXTENSIONS: ReadonlySet<string> = new Set([
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'avif',
  'pdf',
  'csv',
  'txt',
]);

/** Markdown documents are pages of the site, not files. */
export function isMarkdownPath(file: string): boolean {
  return /\.(?:md|mdx|markdown)$/i.test(file);
}

/** A file inside the root that the site must not publish: not markdown, not of an inert type. */
export function isActiveFile(file: string): boolean {
  const extension = /\.([^./]+)$/.exec(file)?.[1]?.toLowerCase();
  return extension !== undefined && !isMarkdownPath(file) && !INERT_EXTENSIONS.has(extension);
}

const INLINE_DESTINATION = /\]\(\s*<?([^)\s>]+)/g;
const DEFINITION_DESTINATION = /^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm;

/**
 * Whether a text may hold a link the site refuses, so that the scan parses
 * only those documents: one that may leave the root, or an inline link or
 * definition to a file of an active type.
 */
export function mayHoldRefusedLink(text: string): boolean {
  if (mayLinkOutside(text)) return true;
  for (const pattern of [INLINE_DESTINATION, DEFINITION_DESTINATION]) {
    for (const match of text.matchAll(pattern)) {
      const destination = match[1]!.replace(/[?#].*$/s, '');
      if (!/^[a-z][a-z\d+.-]*:|^\/\//i.test(destination) && isActiveFile(destination)) return true;
    }
  }
  return false;
}
