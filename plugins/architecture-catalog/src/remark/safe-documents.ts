import type { Nodes, Paragraph, Parent, PhrasingContent, Root, Text } from 'mdast';

const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);
const SAFE_URL = /^(?:https?:|mailto:|#|\/|\.{0,2}\/|[^:/?#]*(?:[/?#]|$))/i;

/**
 * A remark plugin for workspace documents, which are data, not site code:
 * raw HTML is shown as the text it is (`whatever <Model> we pick` reads as
 * written, `<script>` never reaches the page), and a link or image whose
 * URL is not http(s), mailto or relative (`javascript:`, `data:`, `vbscript:`)
 * keeps its text but loses the URL.
 */
export default function remarkSafeDocuments() {
  return (tree: Root): void => {
    makeSafe(tree);
  };
}

export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and spaces inside a scheme: `java\tscript:` is `javascript:`.
  const compact = [...url]
    .filter((char) => char.charCodeAt(0) > 0x20 && char !== '\u007f')
    .join('');
  return SAFE_URL.test(compact);
}

function makeSafe(parent: Parent): void {
  const flow = FLOW_PARENTS.has(parent.type);
  parent.children = parent.children.flatMap((child) => replace(child, flow)) as Parent['children'];
}

function replace(node: Nodes, flow: boolean): Nodes[] {
  if (node.type === 'html') {
    const text: Text = { type: 'text', value: node.value, position: node.position };
    return flow ? [paragraphOf([text], node)] : [text];
  }
  if (
    (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
    !isSafeUrl(node.url)
  ) {
    node.url = '';
  }
  if (node.type === 'link' && node.url === '') {
    makeSafe(node);
    return node.children;
  }
  if (node.type === 'image' && node.url === '') {
    return [{ type: 'text', value: node.alt ?? '', position: node.position }];
  }
  if ('children' in node) makeSafe(node);
  return [node];
}

function paragraphOf(children: PhrasingContent[], at: Nodes): Paragraph {
  return { type: 'paragraph', children, position: at.position };
}
