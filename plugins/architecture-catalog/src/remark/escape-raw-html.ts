import type { Nodes, Paragraph, Parent, Root, Text } from 'mdast';

const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/**
 * A remark plugin for the workspace documents: raw HTML is shown as the text
 * it is. `whatever <Model> we pick` reads as written, and a document can
 * never put `<script>`, `<iframe>` or an `onerror=` attribute on the page.
 */
export default function remarkEscapeRawHtml() {
  return (tree: Root): void => {
    escapeIn(tree);
  };
}

function escapeIn(parent: Parent): void {
  const flow = FLOW_PARENTS.has(parent.type);
  parent.children = parent.children.map((child) => {
    if (child.type === 'html') {
      const text: Text = { type: 'text', value: child.value, position: child.position };
      if (!flow) return text;
      const paragraph: Paragraph = {
        type: 'paragraph',
        children: [text],
        position: child.position,
      };
      return paragraph;
    }
    if (hasChildren(child)) escapeIn(child);
    return child;
  }) as Parent['children'];
}

function hasChildren(node: Nodes): node is Nodes & Parent {
  return 'children' in node;
}
