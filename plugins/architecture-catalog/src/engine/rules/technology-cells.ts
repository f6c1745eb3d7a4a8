import { cellRowsOf } from '../model/design.js';
import type { DesignDocument } from '../parse/design-document.js';
import type { Design, TechnologyRef } from '../types.js';
import type { Report } from './rule.js';

/** A technology a design chose, where its Technology cell is, and the report fields naming it. */
export interface ChosenTechnology {
  ref: TechnologyRef;
  /** The cell's position and the section path, ready to spread into a `Report`. */
  at: Pick<Report, 'line' | 'column' | 'section'>;
}

/**
 * Each technology of Technology Choices with its cell. The model's choices
 * are the table's rows, in order: their names are read once, there.
 */
export function chosenTechnologies(document: DesignDocument, design: Design): ChosenTechnology[] {
  const rows = cellRowsOf(document, 'Technology Choices');
  return design.technologies.flatMap((choice, i) => {
    const [component, cell] = rows[i] ?? [];
    if (cell === undefined) return [];
    const at = { ...cell.point, section: `Technology Choices > ${component?.text ?? ''}` };
    return choice.technologies.map((ref) => ({ ref, at }));
  });
}
