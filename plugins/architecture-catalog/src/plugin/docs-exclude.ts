import { GlobExcludeDefault } from '@docusaurus/utils';
import { scanTree } from '../engine/scan/scan-tree.js';

/**
 * The `exclude` globs for a docs plugin instance publishing the workspace
 * tree: Docusaurus' defaults, plus every document and folder the catalog
 * reports as unreadable (binary, not UTF-8, too large, too deeply nested for
 * the parser, bad front matter, a link outside the root) and every folder
 * link that loops. A docs plugin would fail, hang or publish what is outside
 * the root on those; the catalog already reports them, so a build never fails
 * on a document twice.
 */
export function workspaceDocsExclude(rootDir: string): string[] {
  let scan: ReturnType<typeof scanTree>;
  try {
    scan = scanTree(rootDir);
  } catch {
    return [...GlobExcludeDefault];
  }
  const paths = [...scan.problems.map((problem) => problem.path), ...scan.loops];
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
