import { cellRowsOf } from '../model/design.js';
import { classifyRequirement } from '../normalize/requirements.js';
import type { DesignDocument } from '../parse/design-document.js';
import type { Cell } from '../parse/tables.js';

export interface RequirementRowCells {
  name: Cell;
  value: Cell | undefined;
  source: Cell | undefined;
  kind: ReturnType<typeof classifyRequirement>;
}

/** The Requirements Summary rows with their cells, for rules that point at a cell. */
export function requirementRows(document: DesignDocument): RequirementRowCells[] {
  return cellRowsOf(document, 'Requirements Summary').flatMap(([name, value, source]) =>
    name ? [{ name, value, source, kind: classifyRequirement(name.text) }] : [],
  );
}
