import { pointOf } from '../parse/tables.js';
import { REQUIRED_SECTIONS } from '../template/sections.js';
import { defineRule } from './rule.js';

export const sectionOrder = defineRule({
  id: 'section-order',
  scope: 'design',
  defaultSetting: 'warn',
  description: 'All required sections are present but not in the template order.',
  help: `Order the sections as the template does: ${REQUIRED_SECTIONS.map((spec) => spec.title).join(', ')}.`,
  reportsWhen: "all required sections are present but not in the template's order",
  reportedAt: 'the heading found at the first place where the order departs from the template',
  check: ({ document }) => {
    const firsts = REQUIRED_SECTIONS.map((spec) => ({
      title: spec.title,
      section: document.sections.get(spec.title)?.[0],
    }));
    if (firsts.some((entry) => entry.section === undefined)) return [];
    const inDocumentOrder = [...firsts].sort(
      (a, b) =>
        (a.section?.heading.position?.start.offset ?? 0) -
        (b.section?.heading.position?.start.offset ?? 0),
    );
    const misplaced = inDocumentOrder.findIndex((entry, i) => entry.title !== firsts[i]?.title);
    if (misplaced === -1) return [];
    const found = inDocumentOrder[misplaced]!;
    const expected = firsts[misplaced]!;
    return [
      {
        ...pointOf(found.section!.heading),
        message: `Section '${found.title}' is out of order: '${expected.title}' should come here`,
        section: found.title,
      },
    ];
  },
});
