import { findField, type Field } from '../parse/fields.js';
import { sectionOf, type DesignDocument } from '../parse/design-document.js';

/** A bold-label field of Architecture Pattern Selected, with its position. */
export function patternSectionField(
  document: DesignDocument,
  label: 'Pattern' | 'Rationale',
): Field | undefined {
  const section = sectionOf(document, 'Architecture Pattern Selected');
  return section ? findField(section.nodes, label) : undefined;
}
