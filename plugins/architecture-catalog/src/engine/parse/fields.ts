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
  for (const { paragraph, siblings, index } of paragraphsInContext(nodes)) {
    const children = paragraph.children;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.type !== 'strong' || !isFieldLabel(child, children[i + 1])) continue;
      if (nameKey(plainText(child)) !== wanted) continue;
      return readField(children, i, siblings, index + 1);
    }
  }
  return undefined;
}

/** The field whose label is `children[labelIndex]`; its value inline, or in the blocks from `siblings[next]`. */
function readField(
  children: readonly PhrasingContent[],
  labelIndex: number,
  siblings: readonly RootContent[],
  next: number,
): Field {
  const label = children[labelIndex]!;
  const valueNodes: PhrasingContent[] = [];
  for (let i = labelIndex + 1; i < children.length; i++) {
    const node = children[i]!;
    if (node.type === 'strong' && isFieldLabel(node, children[i + 1])) break;
    valueNodes.push(node);
  }
  const inline = collapse(valueNodes.map((node) => plainText(node)).join('')).replace(/^:\s*/, '');
  const value = inline !== '' ? inline : blockValue(siblings, next);
  const firstValueNode = inline !== '' ? valueNodes[0] : siblings[next];
  return {
    label: plainText(label).replace(/:$/, ''),
    value,
    labelPoint: pointOf(label),
    valuePoint: valuePoint(firstValueNode, label),
  };
}

/** `**Rationale:**` alone on its line, its text in the blocks that follow (from `siblings[from]`). */
function blockValue(siblings: readonly RootContent[], from: number): string {
  const parts: string[] = [];
  for (let i = from; i < siblings.length; i++) {
    const node = siblings[i]!;
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

/** A paragraph, where it stands among its siblings: no copy of what follows it. */
interface ParagraphInContext {
  paragraph: Paragraph;
  siblings: readonly RootContent[];
  index: number;
}

function* paragraphsInContext(nodes: readonly RootContent[]): Generator<ParagraphInContext> {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type === 'paragraph') {
      yield { paragraph: node, siblings: nodes, index: i };
    } else if (node.type === 'heading') {
      continue;
    } else if ('children' in node && node.type !== 'table') {
      yield* paragraphsInContext(node.children as RootContent[]);
    }
  }
}
