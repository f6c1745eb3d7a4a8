import type { Root } from 'mdast';
import { REQUIRED_SECTIONS } from '../template/sections.js';
import { readFrontMatter, type FrontMatter } from './front-matter.js';
import { parseMarkdown } from './markdown.js';
import { nameKey } from './names.js';
import { buildOutline, type Outline, type Section } from './outline.js';
import { LineIndex } from './positions.js';

/** An Architecture Design parsed once, shared by the model builder and every rule. */
export interface DesignDocument {
  /** Relative to the root. */
  file: string;
  /** The markdown as parsed: the file's text with any front matter blanked (offsets index into this). */
  text: string;
  lines: LineIndex;
  root: Root;
  outline: Outline;
  frontMatter: FrontMatter;
  /** Occurrences of each template section, keyed by the template's title. */
  sections: ReadonlyMap<string, readonly Section[]>;
}

const TITLE_BY_KEY = new Map(REQUIRED_SECTIONS.map((spec) => [nameKey(spec.title), spec.title]));

export function parseDesignDocument(file: string, text: string): DesignDocument {
  const frontMatter = readFrontMatter(text);
  const root = parseMarkdown(frontMatter.body);
  const outline = buildOutline(root);
  return {
    file,
    text: frontMatter.body,
    lines: new LineIndex(frontMatter.body),
    root,
    outline,
    frontMatter,
    sections: indexSections(outline),
  };
}

function indexSections(outline: Outline): Map<string, Section[]> {
  const sections = new Map<string, Section[]>();
  for (const section of outline.sections) {
    const title = TITLE_BY_KEY.get(section.key);
    if (title === undefined) continue;
    const list = sections.get(title) ?? [];
    list.push(section);
    sections.set(title, list);
  }
  return sections;
}

/** The first occurrence of a template section, if present. */
export function sectionOf(document: DesignDocument, title: string): Section | undefined {
  return document.sections.get(title)?.[0];
}

/** `Section > Subsection` containing a character offset, for stable fingerprints. */
export function sectionPathAt(document: DesignDocument, offset: number): string {
  const startsBefore = (section: Section): boolean =>
    (section.heading.position?.start.offset ?? 0) <= offset;
  const section = document.outline.sections.findLast(startsBefore);
  if (!section) return '(title)';
  const child = section.children.findLast(startsBefore);
  return child ? `${section.name} > ${child.name}` : section.name;
}
