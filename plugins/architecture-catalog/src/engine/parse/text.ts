import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** The plain text of a node, whitespace collapsed. */
export function plainText(node: Nodes | undefined): string {
  if (!node) return '';
  return collapse(toString(node, { includeImageAlt: false }));
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
