import { closestName, headingNames, nameKey, sectionNamed } from '../parse/names.js';
import { pointOf } from '../parse/tables.js';
import type { Section } from '../parse/outline.js';
import { REQUIRED_SECTIONS } from '../template/sections.js';
import { defineRule, type Report } from './rule.js';
import { missingSectionAnchor, missingSubsectionAnchor } from './section-anchor.js';

const SECTION_KEYS = new Set(REQUIRED_SECTIONS.map((spec) => nameKey(spec.title)));

function isTemplateSection(section: Section): boolean {
  return SECTION_KEYS.has(section.key);
}

export const missingSection = defineRule({
  id: 'missing-section',
  scope: 'design',
  defaultSetting: 'error',
  description: 'A required section, or a required Component Design subsection, is absent.',
  help: 'Add the section with the heading the template uses, one level below the title.',
  reportsWhen: 'a required section or Component Design subsection is absent',
  reportedAt:
    'where the section belongs: the heading of the next required section that is present, or the last line of the document; for a subsection, the heading that most likely stands for it (`Observability` for Monitoring), else the next Component Design subsection present, or the next section',
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
      const required = spec.subsections ?? [];
      const others = present.children.filter(
        (child) => !required.some((title) => sectionNamed([child], title) !== undefined),
      );
      for (const subsection of required) {
        if (sectionNamed(present.children, subsection)) continue;
        // Reported where the author most likely wrote it under another name.
        const lookalike = findLookalike(others, subsection) ?? findSynonym(others, subsection);
        reports.push({
          ...(lookalike
            ? pointOf(lookalike.heading)
            : missingSubsectionAnchor(document, present, required, subsection)),
          message: `Missing subsection '${subsection}' in '${spec.title}'`,
          section: `${spec.title} > ${subsection}`,
          ...(lookalike && {
            hint: `rename '${lookalike.name}' to '${subsection}', if that is what it describes`,
          }),
        });
      }
    }
    return reports;
  },
});

function findLookalike(sections: readonly Section[], title: string): Section | undefined {
  return sections.find((section) => closestName(section.name, [title]) !== undefined);
}

/** Other names designs give the Component Design subsections. */
const SUBSECTION_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  'Data Pipeline': ['Data Ingestion', 'Ingestion', 'Data Flow', 'Data Processing', 'Data Sources'],
  'Feature Engineering': ['Features', 'Feature Store', 'Feature Pipeline', 'Feature Management'],
  'Model Training': ['Training', 'Training Pipeline', 'Model Development', 'Experimentation'],
  'Model Serving': ['Serving', 'Inference', 'Deployment', 'Model Deployment', 'Scoring'],
  Monitoring: ['Observability', 'Model Monitoring', 'Alerting', 'Monitoring and Observability'],
};

function findSynonym(sections: readonly Section[], title: string): Section | undefined {
  const synonyms = Object.hasOwn(SUBSECTION_SYNONYMS, title) ? SUBSECTION_SYNONYMS[title] : [];
  return sections.find((section) =>
    synonyms?.some((synonym) => headingNames(section.name, synonym)),
  );
}
