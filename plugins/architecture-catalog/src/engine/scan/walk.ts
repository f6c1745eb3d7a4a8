import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { describeIoError } from './read-document.js';

export interface WalkEntry {
  /** Relative to the root, `/`-separated. */
  path: string;
  absolutePath: string;
}

export interface WalkProblem {
  path: string;
  reason: string;
}

export interface WalkResult {
  files: WalkEntry[];
  problems: WalkProblem[];
  /** Folder links not followed because they loop (to a folder already walked, or one holding the start). */
  loops: string[];
  /** Sidebar category files (`_category_.json`, `.yml`, `.yaml`), which a docs plugin reads too. */
  categoryFiles: WalkEntry[];
}

const MAX_DEPTH = 12;

/** Sorted by code point, not locale, so every machine lists a folder the same way. */
export function sortedNames(names: string[]): string[] {
  return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Every markdown file under a folder, in a stable order. Symbolic links are
 * followed only when they resolve inside the root, and each real folder is
 * entered once, so loops end. A link of any kind that leads outside the root
 * is a problem.
 */
export function walkMarkdown(
  rootReal: string,
  startAbsolute: string,
  startRelative: string,
): WalkResult {
  const result: WalkResult = { files: [], problems: [], loops: [], categoryFiles: [] };
  const visited = new Set<string>();
  const startReal = safeRealpath(startAbsolute);
  const visit = (absolute: string, relative: string, depth: number): void => {
    const real = safeRealpath(absolute);
    if (real === undefined || depth > MAX_DEPTH) return;
    if (visited.has(real) || holds(real, startReal)) {
      result.loops.push(relative);
      return;
    }
    visited.add(real);
    let children: Dirent[];
    try {
      children = sortedEntries(readdirSync(absolute, { withFileTypes: true }));
    } catch (error) {
      result.problems.push({ path: relative, reason: describeIoError(error) });
      return;
    }
    for (const child of children) {
      const name = child.name;
      if (name.startsWith('.') || name === 'node_modules') continue;
      const childAbsolute = path.join(absolute, name);
      const childRelative = `${relative}/${name}`;
      const entry = inspectEntry(rootReal, childAbsolute, child);
      if (entry.kind === 'outside') {
        // Any file, not only markdown: a document could link to it (link-outside-root).
        result.problems.push({
          path: childRelative,
          reason: 'is a symbolic link that leads outside the root; not followed',
        });
      } else if (entry.kind === 'broken') {
        if (isMarkdownName(name))
          result.problems.push({ path: childRelative, reason: entry.reason });
      } else if (entry.isDirectory) {
        visit(childAbsolute, childRelative, depth + 1);
      } else if (!entry.isFile) {
        if (isMarkdownName(name))
          result.problems.push({ path: childRelative, reason: 'is not a regular file; not read' });
      } else if (isMarkdownName(name)) {
        result.files.push({ path: childRelative, absolutePath: childAbsolute });
      } else if (isCategoryFileName(name)) {
        result.categoryFiles.push({ path: childRelative, absolutePath: childAbsolute });
      }
    }
  };
  visit(startAbsolute, startRelative, 0);
  return result;
}

function sortedEntries(entries: Dirent[]): Dirent[] {
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** `inspect`, without a system call when the folder listing already tells a plain file or folder. */
function inspectEntry(rootReal: string, absolute: string, entry: Dirent): Inspection {
  if (entry.isFile()) return { kind: 'ok', isDirectory: false, isFile: true };
  if (entry.isDirectory()) return { kind: 'ok', isDirectory: true, isFile: false };
  return inspect(rootReal, absolute);
}

export function isCategoryFileName(name: string): boolean {
  return /^_category_\.(?:json|ya?ml)$/.test(name);
}

export function isMarkdownName(name: string): boolean {
  return /\.(md|markdown)$/i.test(name);
}

type Inspection =
  | { kind: 'ok'; isDirectory: boolean; isFile: boolean }
  | { kind: 'outside'; isDirectory: boolean }
  | { kind: 'broken'; reason: string };

export function inspect(rootReal: string, absolute: string): Inspection {
  try {
    const link = lstatSync(absolute);
    if (!link.isSymbolicLink())
      return { kind: 'ok', isDirectory: link.isDirectory(), isFile: link.isFile() };
    const real = realpathSync(absolute);
    const target = statSync(real);
    const isDirectory = target.isDirectory();
    return isInside(rootReal, real)
      ? { kind: 'ok', isDirectory, isFile: target.isFile() }
      : { kind: 'outside', isDirectory };
  } catch (error) {
    return { kind: 'broken', reason: describeIoError(error) };
  }
}

/** Whether `folder` is a proper ancestor of `start`: a link to it loops. */
export function holds(folder: string, start: string | undefined): boolean {
  return start !== undefined && folder !== start && isInside(folder, start);
}

export function isInside(rootReal: string, real: string): boolean {
  const relative = path.relative(rootReal, real);
  return (
    relative === '' ||
    (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
  );
}

/** The native call: one system call, where the JavaScript one makes one per path segment. */
function safeRealpath(absolute: string): string | undefined {
  try {
    return realpathSync.native(absolute);
  } catch {
    return undefined;
  }
}
