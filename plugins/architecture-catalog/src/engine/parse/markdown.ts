import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

const micromarkExtensions = [gfm()];
const mdastExtensions = [gfmFromMarkdown()];

/** CommonMark + GFM to mdast, with positions. */
export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions: micromarkExtensions, mdastExtensions });
}
