import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { Nodes, Paragraph, Parent, PhrasingContent, Root, Text } from 'mdast';
import { linkTarget } from '../engine/links/link-target.js';
import { isInside } from '../engine/scan/walk.js';
import { isMarkdownPath } from '../engine/links/link-target.js';
import { safeMermaidSource } from '../render/mermaid-source.js';
import { headingAnchorsOf, localTargets } from './local-targets.js';

const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);
const SAFE_URL = /^(?:https?:|mailto:|#|\/|\.{0,2}\/|[^:/?#]*(?:[/?#]|$))/i;

export interface SafeDocumentsOptions {
  /** The catalog root: no link or image may lead to a file outside it. */
  root: string;
  /** The site's `baseUrl`, put before a document's `/`-rooted links (default `/`). */
  baseUrl?: string;
}

interface VFileLike {
  path?: string;
}

/**
 * A remark plugin for workspace documents, which are data, not site code.
 * Register it in `beforeDefaultRemarkPlugins`, so it runs before
 * Docusaurus' own link and image transforms copy or inline any file:
 *
 * - raw HTML is shown as the text it is (`whatever <Model> we pick` reads as
 *   written, `<script>` never reaches the page);
 * - a link or image whose URL is not http(s), mailto or a path
 *   (`javascript:`, `data:`, `vbscript:`) keeps its text but loses the URL;
 * - a link or image that leads outside the root (`../../etc/passwd`,
 *   `@site/...`, `/../x`, or a symbolic link inside the root to a file
 *   outside it) is shown as text, as `link-outside-root` reports it;
 * - so is one to a file a browser may run (`.svg`, `.html`, `.js`: any
 *   type but the inert ones, as `link-to-active-file` reports it), to a
 *   missing file, a folder or a document the site leaves out, and an
 *   anchor no heading makes is dropped from its link: each would fail the
 *   whole build; a `/`-rooted link (a page or static file of the site,
 *   which cannot be checked here) becomes `pathname://`, which Docusaurus
 *   neither checks nor bundles;
 * - a mermaid fence keeps only the HTML tags a label needs (`safeMermaidSource`).
 */
export default function remarkSafeDocuments(options: SafeDocumentsOptions) {
  if (typeof options?.root !== 'string' || options.root === '')
    throw new TypeError(
      'remarkSafeDocuments needs the catalog root: [remarkSafeDocuments, { root }]',
    );
  const root = path.resolve(options.root);
  const rootReal = realOrSelf(root);
  const base = (options.baseUrl ?? '/').replace(/\/+$/, '');
  const targets = localTargets();
  return (tree: Root, file?: VFileLike): void => {
    const document = file?.path
      ? path.relative(root, path.resolve(file.path)).split(path.sep).join('/')
      : undefined;
    let ownAnchors: ReadonlySet<string> | undefined;
    const hasOwnAnchor = (fragment: string) =>
      (ownAnchors ??= headingAnchorsOf(tree)).has(fragment);
    makeSafe(tree, (url) => {
      if (!isSafeUrl(url)) return '';
      return document === undefined ? url : publishedUrl(url, document, hasOwnAnchor);
    });
  };

  /**
   * The URL a link of a document may keep: '' when it leads outside the
   * root or to nothing Docusaurus publishes (a missing file, a folder, a
   * document it leaves out); without its fragment when no heading of the
   * target makes that anchor. Docusaurus would copy the first and fail the
   * whole build on the others.
   */
  function publishedUrl(
    url: string,
    document: string,
    hasOwnAnchor: (fragment: string) => boolean,
  ): string {
    const target = linkTarget(url, document);
    const fragment = fragmentOf(url);
    if (target.kind === 'refused') return '';
    // Unchecked on purpose: Docusaurus fails the whole build on a broken one.
    if (target.kind === 'site') return `pathname://${base}${url}`;
    if (target.kind === 'elsewhere')
      return url.startsWith('#') && !hasOwnAnchor(fragment ?? '') ? '' : url;
    const absolute = path.join(root, target.path);
    const real = realOrUndefined(absolute);
    if (real === undefined || !isInside(rootReal, real)) return '';
    if (!targets.publishes(absolute, target.path)) return '';
    if (fragment === undefined || !isMarkdownPath(target.path)) return url;
    return targets.hasAnchor(absolute, fragment) ? url : url.slice(0, url.indexOf('#'));
  }
}

function fragmentOf(url: string): string | undefined {
  const at = url.indexOf('#');
  if (at === -1) return undefined;
  try {
    return decodeURIComponent(url.slice(at + 1));
  } catch {
    return url.slice(at + 1);
  }
}

export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and spaces inside a scheme: `java\tscript:` is `javascript:`.
  const compact = [...url]
    .filter((char) => char.charCodeAt(0) > 0x20 && char !== '\u007f')
    .join('');
  return SAFE_URL.test(compact);
}

/** The URL a link keeps; '' drops it (the link shows as its text). */
type UrlCheck = (url: string) => string;

function makeSafe(parent: Parent, keepsUrl: UrlCheck): void {
  const flow = FLOW_PARENTS.has(parent.type);
  parent.children = parent.children.flatMap((child) =>
    replace(child, flow, keepsUrl),
  ) as Parent['children'];
}

function replace(node: Nodes, flow: boolean, keepsUrl: UrlCheck): Nodes[] {
  if (node.type === 'code' && node.lang === 'mermaid') node.value = safeMermaidSource(node.value);
  if (node.type === 'html') {
    const text: Text = { type: 'text', value: node.value, position: node.position };
    return flow ? [paragraphOf([text], node)] : [text];
  }
  if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
    node.url = keepsUrl(node.url);
  }
  if (node.type === 'link' && node.url === '') {
    makeSafe(node, keepsUrl);
    return node.children;
  }
  if (node.type === 'image' && node.url === '') {
    return [{ type: 'text', value: node.alt ?? '', position: node.position }];
  }
  if ('children' in node) makeSafe(node, keepsUrl);
  return [node];
}

function paragraphOf(children: PhrasingContent[], at: Nodes): Paragraph {
  return { type: 'paragraph', children, position: at.position };
}

function realOrUndefined(target: string): string | undefined {
  try {
    return realpathSync.native(target);
  } catch {
    return undefined;
  }
}

function realOrSelf(target: string): string {
  return realOrUndefined(target) ?? target;
}
