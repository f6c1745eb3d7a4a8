import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { parseMarkdownSubset } from './subset/index.js';

/**
 * The GFM constructs that change what a design says: tables, strikethrough
 * and task items. Autolink literals and footnotes are left out on purpose:
 * they change no text the rules read (a literal URL reads the same as text),
 * and the autolink pass, a walk of every text node with regular expressions,
 * cost about a tenth of the whole parse.
 */
const micromarkExtensions = [gfmTable(), gfmStrikethrough(), gfmTaskListItem()];
const mdastExtensions = [
  gfmTableFromMarkdown(),
  gfmStrikethroughFromMarkdown(),
  gfmTaskListItemFromMarkdown(),
];

/**
 * CommonMark + the GFM constructs above to mdast, with positions. Most
 * designs keep to a subset of markdown that a line parser reads about ten
 * times faster and into the same tree; the rest go through micromark.
 */
export function parseMarkdown(text: string): Root {
  return subsetOrNothing(text) ?? parseWithMicromark(text);
}

/** A fault in the subset parser costs a reader speed, never a result: micromark takes over. */
function subsetOrNothing(text: string): Root | undefined {
  try {
    return parseMarkdownSubset(text);
  } catch {
    return undefined;
  }
}

export function parseWithMicromark(text: string): Root {
  return fromMarkdown(text, { extensions: micromarkExtensions, mdastExtensions });
}
