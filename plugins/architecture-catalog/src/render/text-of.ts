import type { ElementContent, Root } from 'hast';

/** The text of a hast node. */
export function textOf(node: Root | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  return node.children.map((child) => textOf(child as ElementContent)).join('');
}
