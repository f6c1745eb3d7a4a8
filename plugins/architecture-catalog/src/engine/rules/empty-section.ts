import type { RootContent } from 'mdast';
import { sectionNamed } from '../parse/names.js';
import type { Section } from '../parse/outline.js';
import { pointOf } from '../parse/tables.js';
import { plainText } from '../parse/text.js';
import { REQUIRED_SECTIONS } from '../template/sections.js';
import { defineRule, type Report } from './rule.js';

export const emptySection = defineRule({
  id: 'empty-section',
  scope: 'design',
  defaultSetting: 'error',
  description: 'A required section or subsection has no content.',
  help: 'Write the section, or say explicitly why it does not apply (e.g. "No feature store: features are computed in the request").',
  reportsWhen: 'a required section or subsection has no content',
  reportedAt: 'the heading of the empty section or subsection',
  check: ({ document }) => {
    const reports: Report[] = [];
    for (const spec of REQUIRED_SECTIONS) {
      const section = document.sections.get(spec.title)?.[0];
      if (!section) continue;
      if (!hasContent(section.nodes)) {
        reports.push(emptyReport(section, spec.title));
        continue;
      }
      for (const title of spec.subsections ?? []) {
        const child = sectionNamed(section.children, title);
        if (child && !hasContent(child.nodes))
          reports.push(emptyReport(child, `${spec.title} > ${title}`));
      }
    }
    return reports;
  },
});

function emptyReport(section: Section, path: string): Report {
  return {
    ...pointOf(section.heading),
    message: `Section '${section.name}' is empty`,
    section: path,
  };
}

/** Anything but headings, comments and blank text counts as content. */
export function hasContent(nodes: readonly RootContent[]): boolean {
  return nodes.some((node) => {
    if (node.type === 'heading' || node.type === 'thematicBreak') return false;
    if (node.type === 'html') return !/^\s*<!--[\s\S]*-->\s*$/.test(node.value);
    if (node.type === 'code' || node.type === 'table' || node.type === 'image') return true;
    return plainText(node) !== '';
  });
}
