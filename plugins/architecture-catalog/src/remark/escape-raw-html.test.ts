import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../engine/parse/markdown.js';
import remarkEscapeRawHtml from './escape-raw-html.js';

function escaped(markdown: string): Root {
  const tree = parseMarkdown(markdown);
  remarkEscapeRawHtml()(tree);
  return tree;
}

const types = (tree: Root): string[] => {
  const found: string[] = [];
  const visit = (node: { type: string; children?: unknown[] }): void => {
    found.push(node.type);
    for (const child of (node.children ?? []) as { type: string }[]) visit(child);
  };
  visit(tree);
  return found;
};

describe('remarkEscapeRawHtml', () => {
  it('turns inline HTML into text', () => {
    const tree = escaped('whatever <Model> we pick <img src=x onerror=alert(1)>');
    expect(types(tree)).not.toContain('html');
    expect(JSON.stringify(tree)).toContain('"value":"<img src=x onerror=alert(1)>"');
  });

  it('turns block HTML into a paragraph of text', () => {
    const tree = escaped(
      '<script>alert(1)</script>\n\n<iframe src="javascript:alert(1)"></iframe>\n',
    );
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph']);
    expect(types(tree)).not.toContain('html');
  });

  it('escapes HTML nested in lists and quotes, and leaves code alone', () => {
    const tree = escaped('- <b>x</b>\n\n> <div>y</div>\n\n```html\n<b>code</b>\n```\n');
    expect(types(tree)).not.toContain('html');
    expect(types(tree)).toContain('code');
  });
});
