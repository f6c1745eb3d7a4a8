import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Nodes, Parents, Root as MdastRoot } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { anchoredLine } from './anchored-line.js';
import { splitSegments, type Segment } from './segments.js';
import { textOf } from './text-of.js';

export type { Segment } from './segments.js';

/** A heading of a rendered document, for a table of contents. */
export interface RenderedHeading {
  id: string;
  text: string;
  /** Its depth in the document (1 for `#`). */
  depth: number;
}

/** A document as its page shows it: sanitized HTML, code and diagrams, in order. */
export interface RenderedDocument {
  segments: Segment[];
  headings: RenderedHeading[];
  /** The lines with an id `#<anchor>-L<line>`, ascending: where `lineTargets` fall. */
  lines: number[];
}

export interface RenderOptions {
  /** The document's anchor on its page: the ids of its headings and lines start with it. */
  anchor: string;
  /** Where a link of the document leads: a URL, or null to keep its text only. */
  linkTarget: (url: string) => string | null;
  /**
   * Lines the page links to (its diagnostics'): each gets an id on the last
   * element starting at or before it. Only these, as ids on every line
   * would make a quarter of the page's data.
   */
  lineTargets?: readonly number[];
}

/**
 * A parsed document as safe HTML. Documents are untrusted: raw HTML shows as
 * text, links lead where `linkTarget` says (or nowhere), images become links
 * to where they are, and the result passes GitHub's sanitizer schema before
 * the catalog adds its own ids. Headings move two levels down, under the
 * page's own.
 */
export function renderDocument(tree: MdastRoot, options: RenderOptions): RenderedDocument {
  const hast = toHast(asSafeMarkdown(tree, options)) as HastRoot;
  const clean = sanitize(hast) as HastRoot;
  const headings = anchorHeadings(clean, options.anchor);
  const lines = anchorLines(clean, options.anchor, options.lineTargets ?? []);
  labelTaskBoxes(clean);
  dropLayoutNewlines(clean);
  return { segments: splitSegments(clean, toHtml), headings, lines };
}

/** The tree with raw HTML as text, links resolved and images as links. */
function asSafeMarkdown(tree: MdastRoot, { linkTarget }: RenderOptions): MdastRoot {
  const visit = (node: Nodes, parent: Parents | undefined): Nodes[] => {
    if (node.type === 'html') {
      const text = { type: 'text' as const, value: node.value, position: node.position };
      return [
        isBlockParent(parent)
          ? { type: 'paragraph', children: [text], position: node.position }
          : text,
      ];
    }
    if (node.type === 'image') {
      const target = /^https?:\/\//i.test(node.url) ? node.url : null;
      const label = { type: 'text' as const, value: node.alt || node.url };
      return [target ? { type: 'link', url: target, children: [label] } : label];
    }
    if (node.type === 'link' || node.type === 'definition') {
      const target = linkTarget(node.url);
      if (node.type === 'definition') return target === null ? [] : [{ ...node, url: target }];
      const children = node.children.flatMap((child) => visit(child, node)) as typeof node.children;
      return target === null ? children : [{ ...node, url: target, title: null, children }];
    }
    if ('children' in node) {
      const children = node.children.flatMap((child) => visit(child, node));
      return [{ ...node, children } as Nodes];
    }
    return [node];
  };
  return visit(tree, undefined)[0] as MdastRoot;
}

function isBlockParent(parent: Parents | undefined): boolean {
  return !parent || ['root', 'blockquote', 'listItem', 'footnoteDefinition'].includes(parent.type);
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Heading ids `<anchor>-<slug>`, and each heading two levels down (`#` becomes `h3`). */
function anchorHeadings(tree: HastRoot, anchor: string): RenderedHeading[] {
  const slugger = new GithubSlugger();
  const found: RenderedHeading[] = [];
  for (const element of elementsOf(tree)) {
    if (!HEADINGS.has(element.tagName)) continue;
    const depth = Number(element.tagName.slice(1));
    const text = textOf(element);
    const id = `${anchor}-${slugger.slug(text)}`;
    element.tagName = `h${Math.min(6, depth + 2)}`;
    element.properties = { ...element.properties, id };
    found.push({ id, text, depth });
  }
  return found;
}

const LINE_TARGETS = new Set(['p', 'li', 'tr', 'pre', 'blockquote', 'table', 'hr', 'ul', 'ol']);

/** The first element that starts on each line and can hold a line's id, by line. */
function lineStarts(tree: HastRoot): Map<number, Element> {
  const starts = new Map<number, Element>();
  for (const element of elementsOf(tree)) {
    const line = element.position?.start.line;
    if (line === undefined || starts.has(line)) continue;
    if (HEADINGS.has(element.tagName) || LINE_TARGETS.has(element.tagName)) {
      starts.set(line, element);
    }
  }
  return starts;
}

/**
 * An id `<anchor>-L<line>` on the element each target line falls in (the
 * last one starting at or before it); a heading keeps its own id and holds
 * an empty element with the line's.
 */
function anchorLines(tree: HastRoot, anchor: string, targets: readonly number[]): number[] {
  if (targets.length === 0) return [];
  const starts = lineStarts(tree);
  const lines = [...starts.keys()].sort((a, b) => a - b);
  const chosen = new Set<number>();
  for (const target of targets) {
    const line = anchoredLine(lines, target);
    if (line !== undefined) chosen.add(line);
  }
  for (const line of chosen) {
    const element = starts.get(line)!;
    const id = `${anchor}-L${line}`;
    if (HEADINGS.has(element.tagName)) {
      element.children.unshift({
        type: 'element',
        tagName: 'span',
        properties: { id },
        children: [],
      });
    } else element.properties = { ...element.properties, id };
  }
  return [...chosen].sort((a, b) => a - b);
}

// Containers whose children are all blocks: a newline between them is layout, not text.
const BLOCK_CONTAINERS = new Set([
  'ul',
  'ol',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'blockquote',
]);
const BLOCKS = new Set([...BLOCK_CONTAINERS, 'p', 'pre', 'hr', 'div', ...HEADINGS]);

type Child = RootContent | ElementContent;
const isBlank = (child: Child | undefined) => child?.type === 'text' && child.value.trim() === '';
const isBlock = (child: Child | undefined) =>
  child?.type === 'element' && BLOCKS.has(child.tagName);

/**
 * The newlines the HTML has between blocks: nothing to a reader, a
 * twentieth of the page's data. In a list item, only those beside a block
 * go: between inline parts a space is text.
 */
function dropLayoutNewlines(tree: HastRoot): void {
  tree.children = tree.children.filter((child) => !isBlank(child));
  for (const element of elementsOf(tree)) {
    const children: Child[] = element.children;
    if (BLOCK_CONTAINERS.has(element.tagName)) {
      element.children = element.children.filter((child) => !isBlank(child));
    } else if (element.tagName === 'li') {
      element.children = element.children.filter(
        (child, i) => !(isBlank(child) && (isBlock(children[i - 1]) || isBlock(children[i + 1]))),
      );
    }
  }
}

/** A task item's box says what it shows: it has no label of its own. */
function labelTaskBoxes(tree: HastRoot): void {
  for (const element of elementsOf(tree)) {
    if (element.tagName !== 'input' || element.properties.type !== 'checkbox') continue;
    element.properties = {
      ...element.properties,
      ariaLabel: element.properties.checked ? 'done' : 'not done',
    };
  }
}

/** Every element of the tree, in document order. */
function* elementsOf(node: HastRoot | Element): Generator<Element> {
  for (const child of node.children as (RootContent | ElementContent)[]) {
    if (child.type !== 'element') continue;
    yield child;
    yield* elementsOf(child);
  }
}
