import type { Nodes, Text } from 'mdast';
import { sectionPathAt, type DesignDocument } from '../parse/design-document.js';
import { plainText } from '../parse/text.js';
import { isPlaceholder } from '../template/placeholders.js';
import { defineRule, type Report } from './rule.js';

export const placeholder = defineRule({
  id: 'placeholder',
  scope: 'design',
  defaultSetting: 'error',
  description:
    'A template placeholder such as `[X ms]`, `[Name]` or `[Tech]` is left in the document.',
  help: 'Replace every bracketed template phrase with real content. Links, footnotes, task boxes and code are never placeholders.',
  reportsWhen:
    'a template placeholder (`[X ms]`, `[Name]`, `[Tech]`, ...) is left in; links, footnotes, task boxes and code are not placeholders',
  reportedAt: 'the opening bracket of each placeholder',
  check: ({ document }) => {
    const reports: Report[] = [];
    for (const { text, row } of plainTextNodes(document.root)) {
      for (const found of placeholdersIn(document, text)) {
        // In a table row, the row's name says where: `Requirements Summary > Latency`.
        const where =
          row !== undefined && row !== '' && !row.includes(found.text) ? row : found.text;
        reports.push({
          ...document.lines.pointAt(found.offset),
          message: `Template placeholder '${found.text}' is not filled in`,
          section: `${sectionPathAt(document, found.offset)} > ${where}`,
        });
      }
    }
    return reports;
  },
});

/**
 * Text nodes outside links, references and code, with the name of the table row they sit in
 * (its first cell); footnotes and task boxes never become text.
 */
function plainTextNodes(root: Nodes): { text: Text; row: string | undefined }[] {
  const found: { text: Text; row: string | undefined }[] = [];
  const visit = (node: Nodes, row: string | undefined): void => {
    if (node.type === 'text') {
      found.push({ text: node, row });
      return;
    }
    if (node.type === 'link' || node.type === 'linkReference' || node.type === 'definition') return;
    const inRow = node.type === 'tableRow' ? plainText(node.children[0] ?? node).trim() : row;
    if ('children' in node) for (const child of node.children) visit(child, inRow);
  };
  visit(root, undefined);
  return found;
}

const BRACKETED = /\[([^[\]\n]{1,80})\]/g;

function placeholdersIn(document: DesignDocument, text: Text): { text: string; offset: number }[] {
  const start = text.position?.start.offset;
  const end = text.position?.end.offset;
  if (start === undefined || end === undefined || !text.value.includes('[')) return [];
  const source = document.text.slice(start, end);
  const found: { text: string; offset: number }[] = [];
  let cursor = 0;
  for (const match of text.value.matchAll(BRACKETED)) {
    if (!isPlaceholder(match[1] ?? '')) continue;
    const at = source.indexOf(match[0], cursor);
    if (at === -1) continue;
    found.push({ text: match[0], offset: start + at });
    cursor = at + match[0].length;
  }
  return found;
}
