import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { Nodes, Paragraph, Parent, PhrasingContent, Root, Text } from 'mdast';
import { linkTarget } from '../engine/links/link-target.js';
import { isInside } from '../engine/scan/walk.js';

const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);
const SAFE_URL = /^(?:https?:|mailto:|#|\/|\.{0,2}\/|[^:/?#]*(?:[/?#]|$))/i;

export interface SafeDocumentsOptions {
  /** The catalog root: no link or image may lead to a file outside it. */
  root: string;
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
 *   outside it) is shown as text, as `link-outside-root` reports it.
 */
export default function remarkSafeDocuments(options: SafeDocumentsOptions) {
  if (typeof options?.root !== 'string' || options.root === '')
    throw new TypeError(
      'remarkSafeDocuments needs the catalog root: [remarkSafeDocuments, { root }]',
    );
  const root = path.resolve(options.root);
  const rootReal = realOrSelf(root);
  return (tree: Root, file?: VFileLike): void => {
    const documentPath = file?.path ? path.resolve(file.path) : undefined;
    const keepsUrl = (url: string) =>
      isSafeUrl(url) && (documentPath === undefined || staysInside(url, documentPath));
    makeSafe(tree, keepsUrl);
  };

  function staysInside(url: string, documentPath: string): boolean {
    const relative = path.relative(root, documentPath).split(path.sep).join('/');
    const target = linkTarget(url, relative);
    if (target.kind === 'refused') return false;
    if (target.kind !== 'inside') return true;
    const real = realOrUndefined(path.join(root, target.path));
    return real === undefined || isInside(rootReal, real);
  }
}

export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and spaces inside a scheme: `java\tscript:` is `javascript:`.
  const compact = [...url]
    .filter((char) => char.charCodeAt(0) > 0x20 && char !== '\u007f')
    .join('');
  return SAFE_URL.test(compact);
}

type UrlCheck = (url: string) => boolean;

function makeSafe(parent: Parent, keepsUrl: UrlCheck): void {
  const flow = FLOW_PARENTS.has(parent.type);
  parent.children = parent.children.flatMap((child) =>
    replace(child, flow, keepsUrl),
  ) as Parent['children'];
}

function replace(node: Nodes, flow: boolean, keepsUrl: UrlCheck): Nodes[] {
  if (node.type === 'html') {
    const text: Text = { type: 'text', value: node.value, position: node.position };
    return flow ? [paragraphOf([text], node)] : [text];
  }
  if (
    (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
    !keepsUrl(node.url)
  ) {
    node.url = '';
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
