import type { Nodes, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { nameKey } from './names.js';
import type { Point } from './positions.js';
import { pointOf } from './tables.js';
import { collapse, plainText } from './text.js';

/** A bold-label field such as `**Pattern:** Streaming`. */
export interface Field {
  label: string;
  value: string;
  labelPoint: Point;
  valuePoint: Point;
}

/** The first field with this label among the nodes (paragraphs at any depth), if any. */
export function findField(nodes: readonly RootContent[], label: string): Field | undefined {
  const wanted = nameKey(label);
  for (const { paragraph, following } of paragraphsWithFollowing(nodes)) {
    const children = paragraph.children;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.type !== 'strong' || !isFieldLabel(child, children[i + 1])) continue;
      if (nameKey(plainText(child)) !== wanted) continue;
      return readField(child, children.slice(i + 1), following);
    }
  }
  return undefined;
}

function readField(
  label: PhrasingContent,
  rest: PhrasingContent[],
  following: RootContent[],
): Field {
  const valueNodes: PhrasingContent[] = [];
  for (const node of rest) {
    if (node.type === 'strong' && isFieldLabel(node, rest[rest.indexOf(node) + 1])) break;
    valueNodes.push(node);
  }
  const inline = collapse(valueNodes.map((node) => plainText(node)).join('')).replace(/^:\s*/, '');
  const value = inline !== '' ? inline : blockValue(following);
  const firstValueNode = inline !== '' ? valueNodes[0] : following[0];
  return {
    label: plainText(label).replace(/:$/, ''),
    value,
    labelPoint: pointOf(label),
    valuePoint: valuePoint(firstValueNode, label),
  };
}

/** `**Rationale:**` alone on its line, its text in the blocks that follow. */
function blockValue(following: RootContent[]): string {
  const parts: string[] = [];
  for (const node of following) {
    if (node.type === 'heading' || startsWithField(node)) break;
    parts.push(plainText(node));
  }
  return collapse(parts.join(' '));
}

function valuePoint(node: Nodes | undefined, label: Nodes): Point {
  if (!node) return pointOf(label);
  const point = pointOf(node);
  if (node.type !== 'text') return point;
  const skipped = /^[:\s]*/.exec(node.value)?.[0] ?? '';
  return skipped.includes('\n')
    ? point
    : { line: point.line, column: point.column + skipped.length };
}

function isFieldLabel(strong: PhrasingContent, next: PhrasingContent | undefined): boolean {
  if (plainText(strong).endsWith(':')) return true;
  return next?.type === 'text' && next.value.startsWith(':');
}

function startsWithField(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const [first, second] = node.children;
  return first?.type === 'strong' && isFieldLabel(first, second);
}

interface ParagraphInContext {
  paragraph: Paragraph;
  following: RootContent[];
}

function* paragraphsWithFollowing(nodes: readonly RootContent[]): Generator<ParagraphInContext> {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type === 'paragraph') {
      yield { paragraph: node, following: nodes.slice(i + 1) };
    } else if (node.type === 'heading') {
      continue;
    } else if ('children' in node && node.type !== 'table') {
      yield* paragraphsWithFollowing(node.children as RootContent[]);
    }
  }
}
