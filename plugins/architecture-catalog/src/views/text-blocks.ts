import type { RootContent } from 'mdast';
import { parseMarkdown } from '../engine/parse/markdown.js';
import { plainText } from '../engine/parse/text.js';
import type { TextBlock } from './types.js';

/** Markdown as plain paragraphs and lists, for a page that renders text only. Code is left out. */
export function toTextBlocks(markdown: string): TextBlock[] {
  return parseMarkdown(markdown).children.flatMap(toBlock);
}

function toBlock(node: RootContent): TextBlock[] {
  switch (node.type) {
    case 'list':
      return [
        { type: 'list', items: node.children.map((item) => plainText(item)).filter(Boolean) },
      ];
    case 'code':
    case 'html':
    case 'thematicBreak':
    case 'definition':
      return [];
    case 'table':
      return [
        {
          type: 'list',
          items: node.children.map((row) =>
            row.children.map((cell) => plainText(cell)).join(' · '),
          ),
        },
      ];
    default: {
      const text = plainText(node);
      return text === '' ? [] : [{ type: 'paragraph', text }];
    }
  }
}
