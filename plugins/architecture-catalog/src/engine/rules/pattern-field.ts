import { findField, type Field } from '../parse/fields.js';
import { sectionOf, type DesignDocument } from '../parse/design-document.js';
import { pointOf } from '../parse/tables.js';
import type { Report } from './report.js';

/** A bold-label field of Architecture Pattern Selected, with its position. */
export function patternSectionField(
  document: DesignDocument,
  label: 'Pattern' | 'Rationale',
): Field | undefined {
  const section = sectionOf(document, 'Architecture Pattern Selected');
  return section ? findField(section.nodes, label) : undefined;
}

/**
 * The report of a field of Architecture Pattern Selected that is missing (at
 * the section heading) or empty (at its label); none when it has a value or
 * the section is missing (missing-section reports that).
 */
export function missingFieldReports(
  document: DesignDocument,
  label: 'Pattern' | 'Rationale',
): Report[] {
  const section = sectionOf(document, 'Architecture Pattern Selected');
  if (!section) return [];
  const field = findField(section.nodes, label);
  if (field && field.value !== '') return [];
  return [
    {
      ...(field ? field.labelPoint : pointOf(section.heading)),
      message: field
        ? `The **${label}:** field is empty`
        : `No **${label}:** field in Architecture Pattern Selected`,
      section: `Architecture Pattern Selected > ${label}`,
    },
  ];
}
