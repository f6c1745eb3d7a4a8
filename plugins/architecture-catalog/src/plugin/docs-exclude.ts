import { realpathSync } from 'node:fs';
import path from 'node:path';
import { GlobExcludeDefault } from '@docusaurus/utils';
import { scanTree } from '../engine/scan/scan-tree.js';
import { isInside } from '../engine/scan/walk.js';
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
