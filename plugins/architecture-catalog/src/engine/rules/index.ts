import type { Rule as RuleOf } from './rule.js';

// Rule modules: written by scripts/rule-docs.mjs from the rule files.
import { cellTooLong } from './cell-too-long.js';
import { duplicateDocumentUrl } from './duplicate-document-url.js';
import { duplicateSection } from './duplicate-section.js';
import { duplicateUseCaseId } from './duplicate-use-case-id.js';
import { emptySection } from './empty-section.js';
import { ignoredFrontMatter } from './ignored-front-matter.js';
import { invalidCategoryFile } from './invalid-category-file.js';
import { invalidWorkspaceName } from './invalid-workspace-name.js';
import { linkOutsideRoot } from './link-outside-root.js';
import { linkToActiveFile } from './link-to-active-file.js';
import { missingArchitectureDesign } from './missing-architecture-design.js';
import { missingConstraints } from './missing-constraints.js';
import { missingPattern } from './missing-pattern.js';
import { missingRationale } from './missing-rationale.js';
import { missingRequirement } from './missing-requirement.js';
import { missingSection } from './missing-section.js';
import { missingSource } from './missing-source.js';
import { missingStatus } from './missing-status.js';
import { missingTitle } from './missing-title.js';
import { parseError } from './parse-error.js';
import { patternRequirementMismatch } from './pattern-requirement-mismatch.js';
import { placeholder } from './placeholder.js';
import { sectionOrder } from './section-order.js';
import { shortTableRow } from './short-table-row.js';
import { tableColumns } from './table-columns.js';
import { technologyNotOnRadar } from './technology-not-on-radar.js';
import { technologyOnHold } from './technology-on-hold.js';
import { unknownPattern } from './unknown-pattern.js';
import { unknownTechnology } from './unknown-technology.js';
import { unparseableRequirement } from './unparseable-requirement.js';

const RULE_MODULES = [
  parseError,
  linkOutsideRoot,
  linkToActiveFile,
  ignoredFrontMatter,
  duplicateDocumentUrl,
  invalidCategoryFile,
  invalidWorkspaceName,
  duplicateUseCaseId,
  missingStatus,
  missingArchitectureDesign,
  missingTitle,
  missingSection,
  duplicateSection,
  sectionOrder,
  emptySection,
  tableColumns,
  cellTooLong,
  shortTableRow,
  missingRequirement,
  unparseableRequirement,
  missingSource,
  missingPattern,
  unknownPattern,
  unknownTechnology,
  missingRationale,
  placeholder,
  missingConstraints,
  patternRequirementMismatch,
  technologyNotOnRadar,
  technologyOnHold,
] as const;
// End of rule modules.

/** A rule's id: one of the ids the rule modules declare. */
export type RuleId = (typeof RULE_MODULES)[number]['id'];

/** A rule of the catalog. */
export type Rule = RuleOf<RuleId>;

/** Every rule, in the order of the rule reference. */
export const RULES: readonly Rule[] = RULE_MODULES;

export const RULE_IDS: readonly RuleId[] = RULES.map((rule) => rule.id);

export type { Report } from './rule.js';
