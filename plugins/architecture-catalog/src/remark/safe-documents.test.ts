import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../engine/parse/markdown.js';
import remarkSafeDocuments, { isSafeUrl } from './safe-documents.js';

function escaped(markdown: string): Root {
  const tree = parseMarkdown(markdown);
  remarkSafeDocuments()(tree);
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

describe('remarkSafeDocuments', () => {
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

describe('unsafe link URLs', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' java\tscript:alert(1)',
    'data:text/html,<b>x',
    'vbscript:x',
  ])('rejects %j', (url) => expect(isSafeUrl(url)).toBe(false));

  it.each([
    'https://example.com',
    'http://x',
    'mailto:a@b.c',
    '#anchor',
    '/abs',
    './rel.md',
    '../up.md',
    'page.md',
    'dir/page?x=1',
  ])('accepts %j', (url) => expect(isSafeUrl(url)).toBe(true));

  it('keeps the text of an unsafe link and drops the link', () => {
    const tree = escaped('[click me](javascript:window.__pwned=1) and [ok](https://example.com)');
    expect(JSON.stringify(tree)).not.toContain('javascript:');
    expect(types(tree).filter((type) => type === 'link')).toHaveLength(1);
    expect(JSON.stringify(tree)).toContain('click me');
  });

  it('turns an unsafe image into its alt text, and blanks unsafe reference definitions', () => {
    const tree = escaped('![alt text](javascript:x)\n\n[r]: javascript:alert(1)\n\n[see][r]');
    expect(JSON.stringify(tree)).not.toContain('javascript:');
    expect(JSON.stringify(tree)).toContain('alt text');
  });
});
