import { statSync } from 'node:fs';
import path from 'node:path';
import type { Heading, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { createSlugger } from '@docusaurus/utils';
import { readFrontMatter } from '../engine/parse/front-matter.js';
import { parseMarkdown } from '../engine/parse/markdown.js';
import { exceededLimit } from '../engine/scan/markdown-limits.js';
import { readDocument } from '../engine/scan/read-document.js';
import { isActiveFile, isMarkdownPath } from '../engine/links/link-target.js';
import { isPublishedSource } from '../engine/routes/document-slugs.js';

/**
 * What a link inside the root may point at without failing the build:
 * Docusaurus throws on a link to a missing file or page, and on an anchor
 * no heading of the page makes. One instance per build; each file is
 * looked at once.
 */
export interface LocalTargets {
  /**
   * Whether the file at `absolute` (`relative` to the root) is one
   * Docusaurus may link: a file of an inert type, or a document it publishes.
   */
  publishes(absolute: string, relative: string): boolean;
  /** Whether the document at `absolute` has a heading whose anchor is `fragment`. */
  hasAnchor(absolute: string, fragment: string): boolean;
}

export function localTargets(): LocalTargets {
  const published = new Map<string, boolean>();
  const anchors = new Map<string, ReadonlySet<string>>();
  return {
    publishes(absolute, relative) {
      if (!published.has(absolute)) published.set(absolute, isPublishable(absolute, relative));
      return published.get(absolute)!;
    },
    hasAnchor(absolute, fragment) {
      if (!anchors.has(absolute)) anchors.set(absolute, headingAnchors(absolute));
      return anchors.get(absolute)!.has(fragment);
    },
  };
}

function isPublishable(absolute: string, relative: string): boolean {
  try {
    if (!statSync(absolute).isFile() || path.extname(absolute) === '') return false;
  } catch {
    return false;
  }
  if (!isMarkdownPath(relative)) return !isActiveFile(relative);
  if (!isPublishedSource(relative)) return false;
  const read = readDocument(absolute);
  return read.ok && exceededLimit(read.text) === undefined && !readFrontMatter(read.text).error;
}

/** The anchors Docusaurus gives a document's headings (github-slugger, as its `headings` plugin). */
function headingAnchors(absolute: string): ReadonlySet<string> {
  const read = readDocument(absolute);
  if (!read.ok) return new Set();
  return headingAnchorsOf(parseMarkdown(readFrontMatter(read.text).body));
}

/**
 * The id of a heading that ends with `{#id}` (the id without white space or
 * `}`; the first `{#` of the run before the last `}` opens it, as the regex
 * `/\{#([^}\s]+)\}\s*$/` reads it, found in one pass from the end).
 */
export function customAnchorOf(text: string): string | undefined {
  const close = text.trimEnd().length - 1;
  if (text.charAt(close) !== '}') return undefined;
  let start = close;
  while (start > 0 && !/[\s}]/.test(text.charAt(start - 1))) start -= 1;
  const open = text.indexOf('{#', start);
  return open >= 0 && open + 2 < close ? text.slice(open + 2, close) : undefined;
}

/** Anchors of a parsed document: `{#custom-id}` where a heading ends with one, else its slug. */
export function headingAnchorsOf(tree: Nodes): ReadonlySet<string> {
  const slugger = createSlugger();
  const found = new Set<string>();
  const visit = (node: Nodes): void => {
    if (node.type === 'heading') {
      const text = toString(node as Heading);
      const custom = customAnchorOf(text);
      found.add(custom ?? slugger.slug(text));
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
}
