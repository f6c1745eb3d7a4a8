import { closestName, nameKey } from '../parse/names.js';
import type { Section } from '../parse/outline.js';
import { REQUIRED_SECTIONS } from '../template/sections.js';
import type { Report, Rule } from './rule.js';
import { missingSectionAnchor, missingSubsectionAnchor } from './section-anchor.js';

const SECTION_KEYS = new Set(REQUIRED_SECTIONS.map((spec) => nameKey(spec.title)));

function isTemplateSection(section: Section): boolean {
  return SECTION_KEYS.has(section.key);
}

export const missingSection: Rule = {
  id: 'missing-section',
  scope: 'design',
  defaultSetting: 'error',
  description: 'A required section, or a required Component Design subsection, is absent.',
  help: 'Add the section with the heading the template uses, one level below the title.',
  check: ({ document }) => {
    const reports: Report[] = [];
    const unmatched = document.outline.sections.filter((section) => !isTemplateSection(section));
    for (const spec of REQUIRED_SECTIONS) {
      const present = document.sections.get(spec.title)?.[0];
      if (!present) {
        const lookalike = findLookalike(unmatched, spec.title);
        reports.push({
          ...missingSectionAnchor(document, spec.title),
          message: `Missing section '${spec.title}'`,
          section: spec.title,
          ...(lookalike && {
            hint: `did you mean '${spec.title}' instead of '${lookalike.name}' (line ${lookalike.heading.position?.start.line ?? 1})?`,
          }),
        });
        continue;
      }
      for (const subsection of spec.subsections ?? []) {
        if (present.children.some((child) => child.key === nameKey(subsection))) continue;
        const lookalike = findLookalike(present.children, subsection);
        reports.push({
          ...missingSubsectionAnchor(document, present, spec.subsections ?? [], subsection),
          message: `Missing subsection '${subsection}' in '${spec.title}'`,
          section: `${spec.title} > ${subsection}`,
          ...(lookalike && {
            hint: `did you mean '${subsection}' instead of '${lookalike.name}'?`,
          }),
        });
      }
    }
    return reports;
  },
};

function findLookalike(sections: readonly Section[], title: string): Section | undefined {
  return sections.find((section) => closestName(section.name, [title]) !== undefined);
}
