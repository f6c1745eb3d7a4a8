import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** The plain text of a node, whitespace collapsed. */
export function plainText(node: Nodes | undefined): string {
  if (!node) return '';
  return collapse(toString(node, { includeImageAlt: false }));
}

export function collapse(text: string): string {
  // Most cell and heading texts are collapsed already: testing is cheaper than rewriting.
  return NOT_COLLAPSED.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** Whitespace other than a space, two in a row, or at either end. */
const NOT_COLLAPSED = /[^\S ]|\s\s|^\s|\s$/;
