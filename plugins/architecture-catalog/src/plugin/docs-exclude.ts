import { realpathSync } from 'node:fs';
import path from 'node:path';
import { GlobExcludeDefault } from '@docusaurus/utils';
import { scanTree } from '../engine/scan/scan-tree.js';
import { categoryFileProblems } from '../engine/scan/category-files.js';
import { isInside, walkMarkdown } from '../engine/scan/walk.js';
import { ReportError } from './report-error.js';

/**
 * The `exclude` globs for a docs plugin instance publishing the workspace
 * tree: Docusaurus' defaults, plus every document and folder the catalog
 * reports as unreadable (binary, not UTF-8, too large, too deeply nested for
 * the parser, bad front matter, a link outside the root) and every folder
 * link that loops. A docs plugin would fail, hang or publish what is outside
 * the root on those; the catalog already reports them, so a build never
 * fails on a document twice.
 *
 * Throws, naming the links, when folder links loop into each other: the docs
 * plugin follows links when it looks for `_category_` files whatever
 * `exclude` says, and two loops reachable from each other multiply into a
 * walk that never ends. A clear failure beats a build that hangs.
 */
export function workspaceDocsExclude(rootDir: string): string[] {
  let scan: ReturnType<typeof scanTree>;
  try {
    scan = scanTree(rootDir);
  } catch {
    return [...GlobExcludeDefault];
  }
  assertNoNestedLoops(scan.rootReal, scan.loops);
  assertSafeCategoryFiles(scan.rootReal);
  // A document with a link outside the root is published: the remark plugin shows that link as text.
  const unreadable = scan.problems.filter((problem) => problem.rule === undefined);
  const paths = [...unreadable.map((problem) => problem.path), ...scan.loops];
  const unique = [...new Set(paths)].sort();
  return [
    ...GlobExcludeDefault,
    ...unique.flatMap((file) => [escapeGlob(file), `${escapeGlob(file)}/**`]),
  ];
}

/** A path as a glob matching only itself (micromatch and fast-glob escape with a backslash). */
export function escapeGlob(text: string): string {
  return text.replace(/[\\*?[\]{}()!@+|^$]/g, '\\$&');
}

export class UnpublishableTreeError extends ReportError {}

/**
 * Throws, naming them, when a sidebar category file anywhere under the root
 * (not only in workspaces) is one the docs plugin would fail on, or would
 * follow to a route of its choosing: it reads every `_category_` file
 * whatever `exclude` says, so leaving the file out is not possible.
 */
function assertSafeCategoryFiles(rootReal: string): void {
  const files = walkMarkdown(rootReal, rootReal, '.').categoryFiles.map((file) => ({
    ...file,
    path: file.path.slice(2),
  }));
  const problems = files.flatMap(categoryFileProblems);
  if (problems.length === 0) return;
  throw new UnpublishableTreeError(
    `The workspace tree ${rootDir(rootReal)} has sidebar category files the site cannot publish: ` +
      `${problems.map((problem) => `${problem.path} ${problem.reason}`).join('; ')}. ` +
      "Docusaurus' docs plugin reads every _category_ file under its folder and would fail the " +
      'build or write pages where they say: fix or remove them (arch-catalog validate reports ' +
      'them as invalid-category-file).',
  );
}

interface Loop {
  link: string;
  /** The real folder the link sits in, joined with its name. */
  at: string;
  /** The real folder it leads to. */
  target: string;
}

function assertNoNestedLoops(rootReal: string, links: readonly string[]): void {
  const loops = links.flatMap((link) => locate(rootReal, link));
  const nested = loops.filter(
    (loop) => loops.filter((other) => isInside(loop.target, other.at)).length > 1,
  );
  if (nested.length === 0) return;
  throw new UnpublishableTreeError(
    `The workspace tree ${rootDir(rootReal)} has folder links that loop into each other: ` +
      `${nested.map((loop) => loop.link).join(', ')}. Docusaurus' docs plugin follows ` +
      'folder links without end, so the site cannot be built: remove these links.',
  );
}

function locate(rootReal: string, link: string): Loop[] {
  const absolute = path.join(rootReal, link);
  try {
    const at = path.join(realpathSync(path.dirname(absolute)), path.basename(absolute));
    return [{ link, at, target: realpathSync(absolute) }];
  } catch {
    return [];
  }
}

function rootDir(rootReal: string): string {
  return path.relative(process.cwd(), rootReal) || '.';
}
