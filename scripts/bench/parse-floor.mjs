#!/usr/bin/env node
/**
 * The parse floor: read every Architecture Design under a root and parse it
 * to mdast with CommonMark + GFM, in one process, nothing else.
 *
 *   node scripts/bench/parse-floor.mjs ROOT
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

const root = process.argv[2];
if (!root) {
  console.error('Usage: node scripts/bench/parse-floor.mjs ROOT');
  process.exit(2);
}

const options = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };
let documents = 0;
let bytes = 0;
let nodes = 0;
for (const folder of readdirSync(root).sort()) {
  let text;
  try {
    text = readFileSync(
      path.join(root, folder, '02_Architecture', 'Architecture_Design.md'),
      'utf8',
    );
  } catch {
    continue;
  }
  const tree = fromMarkdown(text, options);
  documents += 1;
  bytes += text.length;
  nodes += tree.children.length;
}
console.log(JSON.stringify({ documents, bytes, nodes }));
