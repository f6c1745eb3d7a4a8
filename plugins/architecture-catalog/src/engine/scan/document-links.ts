import type { Nodes } from 'mdast';
import { readFrontMatter } from '../parse/front-matter.js';
import { parseMarkdown } from '../parse/markdown.js';
import { isActiveFile, linkTarget, mayHoldRefusedLink } from '../links/link-target.js';
import type { ScanProblem } from './scan-problem.js';

const SHOWN_URL_LENGTH = 80;

/**
 * Every link, image and link definition of a document that leads outside
 * the root (`link-outside-root`) or to a file of an active type inside it
 * (`link-to-active-file`), at the link's position. The site shows each of
 * them as text (see `views/rendered-documents.ts#documentLink`).
 */
export function refusedLinks(file: string, text: string): ScanProblem[] {
  if (!mayHoldRefusedLink(text)) return [];
  const problems: ScanProblem[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const target = linkTarget(node.url, file);
      const at = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
      const link = `${describe(node.type)} "${shown(node.url)}"`;
      if (target.kind === 'refused') {
        const reason = `${link} ${target.why}; the site shows it as text`;
        problems.push({ path: file, rule: 'link-outside-root', reason, ...at });
      } else if (target.kind === 'inside' && isActiveFile(target.path)) {
        const reason = `${link} is a file a browser may run as script; the site shows it as text`;
        problems.push({ path: file, rule: 'link-to-active-file', reason, ...at });
      }
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(parseMarkdown(readFrontMatter(text).body));
  return problems;
}

function describe(type: 'link' | 'image' | 'definition'): string {
  return type === 'image' ? 'the image' : type === 'link' ? 'the link to' : 'the link definition';
}

/** A long URL's start and end, which say where it leads; the climbing middle is elided. */
function shown(url: string): string {
  if (url.length <= SHOWN_URL_LENGTH) return url;
  const half = (SHOWN_URL_LENGTH - 1) / 2;
  return `${url.slice(0, Math.floor(half))}…${url.slice(url.length - Math.ceil(half))}`;
}
