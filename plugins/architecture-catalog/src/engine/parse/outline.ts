import type { Heading, Root, RootContent } from 'mdast';
import { REQUIRED_SECTIONS, TITLE_PREFIX } from '../template/sections.js';
import { nameKey } from './names.js';
import type { Point } from './positions.js';
import { plainText } from './text.js';

/** A heading and everything under it, levels counted from the document's title. */
export interface Section {
  heading: Heading;
  /** The heading's plain text. */
  name: string;
  key: string;
  /** 1 for a section under the title, 2 for a subsection. */
  depth: number;
  /** Every node after the heading up to the next heading of the same or a higher level. */
  nodes: RootContent[];
  children: Section[];
}

export interface Title {
  heading: Heading;
  /** The text after `Architecture Design:`, trimmed. */
  name: string;
}

export interface Outline {
  title: Title | undefined;
  /** The heading depth the title has, or is taken to have when it is missing. */
  titleDepth: number;
  sections: Section[];
  /** Where the document ends, for anchoring things missing at its end. */
  end: Point;
}

const TITLE_KEY = nameKey(TITLE_PREFIX);
const SECTION_KEYS = new Set(REQUIRED_SECTIONS.map((spec) => nameKey(spec.title)));

export function buildOutline(root: Root): Outline {
  const headings = root.children.filter((node): node is Heading => node.type === 'heading');
  const titleHeading = headings.find((heading) =>
    nameKey(plainText(heading)).startsWith(TITLE_KEY),
  );
  const titleDepth = titleHeading ? titleHeading.depth : inferTitleDepth(headings);
  const start = titleHeading ? root.children.indexOf(titleHeading) + 1 : 0;
  return {
    title: titleHeading && { heading: titleHeading, name: titleName(plainText(titleHeading)) },
    titleDepth,
    sections: collectSections(root.children.slice(start), titleDepth),
    end: endOf(root),
  };
}

function titleName(text: string): string {
  const colon = text.indexOf(':');
  return colon === -1 ? '' : text.slice(colon + 1).trim();
}

/** Without a title, the level above the shallowest heading that names a template section. */
function inferTitleDepth(headings: Heading[]): number {
  const known = headings.filter((heading) => SECTION_KEYS.has(nameKey(plainText(heading))));
  const pool = known.length > 0 ? known : headings;
  if (pool.length === 0) return 1;
  return Math.min(...pool.map((heading) => heading.depth)) - 1;
}

function collectSections(nodes: RootContent[], titleDepth: number): Section[] {
  const sections: Section[] = [];
  let current: Section | undefined;
  let currentChild: Section | undefined;
  for (const node of nodes) {
    const relative = node.type === 'heading' ? node.depth - titleDepth : Infinity;
    // A heading at the title's level ends the design; before the first section (no title) it is preamble.
    if (relative <= 0) {
      if (sections.length > 0) break;
      continue;
    }
    if (relative === 1 && node.type === 'heading') {
      current = newSection(node, 1);
      currentChild = undefined;
      sections.push(current);
      continue;
    }
    if (!current) continue;
    current.nodes.push(node);
    if (relative === 2 && node.type === 'heading') {
      currentChild = newSection(node, 2);
      current.children.push(currentChild);
    } else if (currentChild) {
      currentChild.nodes.push(node);
    }
  }
  return sections;
}

function newSection(heading: Heading, depth: number): Section {
  const name = plainText(heading);
  return { heading, name, key: nameKey(name), depth, nodes: [], children: [] };
}

function endOf(root: Root): Point {
  const end = root.position?.end;
  return end ? { line: end.line, column: 1 } : { line: 1, column: 1 };
}
