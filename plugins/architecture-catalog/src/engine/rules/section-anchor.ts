import type { DesignDocument } from '../parse/design-document.js';
import { sectionNamed } from '../parse/names.js';
import type { Section } from '../parse/outline.js';
import type { Point } from '../parse/positions.js';
import { pointOf } from '../parse/tables.js';
import { REQUIRED_SECTIONS } from '../template/sections.js';

/**
 * Where a missing template section belongs: at the heading of the next
 * template section that is present, or at the end of the document.
 */
export function missingSectionAnchor(document: DesignDocument, title: string): Point {
  const index = REQUIRED_SECTIONS.findIndex((spec) => spec.title === title);
  for (const spec of REQUIRED_SECTIONS.slice(index + 1)) {
    const next = document.sections.get(spec.title)?.[0];
    if (next) return pointOf(next.heading);
  }
  return document.outline.end;
}

/** Where a missing subsection belongs inside its parent section. */
export function missingSubsectionAnchor(
  document: DesignDocument,
  parent: Section,
  order: readonly string[],
  title: string,
): Point {
  const index = order.indexOf(title);
  for (const next of order.slice(index + 1)) {
    const present = sectionNamed(parent.children, next);
    if (present) return pointOf(present.heading);
  }
  const following = document.outline.sections[document.outline.sections.indexOf(parent) + 1];
  return following ? pointOf(following.heading) : document.outline.end;
}
