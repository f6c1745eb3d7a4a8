import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { MarkdownConfig, ParseFrontMatter } from '@docusaurus/types';
import { exceededLimit } from '../engine/scan/markdown-limits.js';
import { MAX_DOCUMENT_BYTES } from '../engine/scan/read-document.js';
import { readFrontMatter } from '../engine/parse/front-matter.js';
import { publishedFrontMatter } from '../engine/parse/published-front-matter.js';
import {
  documentSlugs,
  isPublishedSource,
  numberPrefix,
  pathDocSlug,
} from '../engine/routes/document-slugs.js';
import { walkMarkdown } from '../engine/scan/walk.js';

/**
 * The site's `markdown` hooks for a docs plugin instance over the catalog
 * root: `parseFrontMatter` (`workspaceFrontMatter`), and a `preprocessor`
 * that replaces a document too large or too deep to publish with one line
 * saying so.
 */
export function workspaceMarkdown(
  root: string,
): Required<Pick<MarkdownConfig, 'parseFrontMatter' | 'preprocessor'>> {
  const rootDir = path.resolve(root);
  return {
    parseFrontMatter: workspaceFrontMatter(rootDir),
    preprocessor: ({ filePath, fileContent }) => {
      if (sourceUnder(rootDir, filePath) === undefined) return fileContent;
      const unfit = unfitReason(fileContent);
      return unfit === undefined ? fileContent : notPublished(unfit);
    },
  };
}

/**
 * Why a document is too large or too deep to publish. The site leaves such
 * documents out when it starts (`workspaceDocsExclude`); one added while
 * `docusaurus start` runs reaches the preprocessor, and gets a page that
 * says so instead of a compile that runs out of stack or memory.
 */
function unfitReason(text: string): string | undefined {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_DOCUMENT_BYTES)
    return `is ${(bytes / (1024 * 1024)).toFixed(1)} MB, over the 5 MB limit`;
  return exceededLimit(text)?.reason;
}

function notPublished(reason: string): string {
  return `This document is not published: it ${reason}. The catalog's validation page lists it.\n`;
}

/**
 * The site's `markdown.parseFrontMatter` for a docs plugin instance over the
 * catalog root. For a document under the root, Docusaurus sees only the
 * front matter the catalog publishes (title, sidebar label, description,
 * keywords, hide flags) plus the id, slug and sidebar position the catalog
 * sets from the document's path: no document can take another's URL, point
 * its neighbours or edit link elsewhere, or fail the build with front matter
 * Docusaurus rejects. Other files are parsed as Docusaurus would.
 */
export function workspaceFrontMatter(root: string): ParseFrontMatter {
  const rootDir = path.resolve(root);
  let slugs = new Map<string, string>();
  const slugOf = (source: string): string => {
    if (!slugs.has(source)) slugs = documentSlugs(listDocuments(rootDir));
    return slugs.get(source) ?? pathDocSlug(source);
  };
  return async ({ filePath, fileContent, defaultParseFrontMatter }) => {
    const source = sourceUnder(rootDir, filePath);
    if (source === undefined) return defaultParseFrontMatter({ filePath, fileContent });
    const parsed = await parsedOrEmpty(filePath, fileContent, defaultParseFrontMatter);
    return { content: parsed.content, frontMatter: routed(source, parsed.frontMatter, slugOf) };
  };
}

function routed(
  source: string,
  frontMatter: Record<string, unknown>,
  slugOf: (source: string) => string,
): Record<string, unknown> {
  const name = path.posix.parse(source).name;
  const position = numberPrefix(name);
  return {
    ...publishedFrontMatter(frontMatter),
    // Ids from the path as it is: `Handoff/` and `01_Handoff/` stay apart.
    id: name,
    parse_number_prefixes: false,
    slug: slugOf(source),
    ...(position === undefined ? {} : { sidebar_position: position }),
  };
}

/**
 * Front matter the catalog's own reader refuses (invalid, not a mapping, or
 * over 50 YAML aliases) is reported by the catalog, and never handed to
 * Docusaurus' parser, which has no alias limit: the page is published
 * without it.
 */
async function parsedOrEmpty(
  filePath: string,
  fileContent: string,
  parse: Parameters<ParseFrontMatter>[0]['defaultParseFrontMatter'],
): Promise<{ frontMatter: Record<string, unknown>; content: string }> {
  const checked = readFrontMatter(fileContent);
  const withoutIt = { frontMatter: {}, content: checked.body };
  if (checked.error) return withoutIt;
  try {
    return await parse({ filePath, fileContent });
  } catch {
    return withoutIt;
  }
}

function sourceUnder(rootDir: string, filePath: string): string | undefined {
  const relative = path.relative(rootDir, path.resolve(filePath));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

/** The markdown documents a docs plugin publishes from the root (leading `_` and hidden names left out). */
function listDocuments(rootDir: string): string[] {
  let rootReal: string;
  try {
    rootReal = realpathSync(rootDir);
  } catch {
    return [];
  }
  return walkMarkdown(rootReal, rootDir, '.')
    .files.map((file) => file.path.slice(2))
    .filter(isPublishedSource);
}
