import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
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
}

const MAX_DEPTH = 12;

/** Sorted by code point, not locale, so every machine lists a folder the same way. */
export function sortedNames(names: string[]): string[] {
  return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Every markdown file under a folder, in a stable order. Symbolic links are
 * followed only when they resolve inside the root, and each real folder is
 * entered once, so loops end.
 */
export function walkMarkdown(
  rootReal: string,
  startAbsolute: string,
  startRelative: string,
): WalkResult {
  const result: WalkResult = { files: [], problems: [] };
  const visited = new Set<string>();
  const visit = (absolute: string, relative: string, depth: number): void => {
    const real = safeRealpath(absolute);
    if (real === undefined || visited.has(real) || depth > MAX_DEPTH) return;
    visited.add(real);
    let names: string[];
    try {
      names = sortedNames(readdirSync(absolute));
    } catch (error) {
      result.problems.push({ path: relative, reason: describeIoError(error) });
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const childAbsolute = path.join(absolute, name);
      const childRelative = `${relative}/${name}`;
      const entry = inspect(rootReal, childAbsolute);
      if (entry.kind === 'outside') {
        if (isMarkdownName(name) || entry.isDirectory) {
          result.problems.push({
            path: childRelative,
            reason: 'is a symbolic link that leads outside the root; not followed',
          });
        }
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
      }
    }
  };
  visit(startAbsolute, startRelative, 0);
  return result;
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

export function isInside(rootReal: string, real: string): boolean {
  const relative = path.relative(rootReal, real);
  return (
    relative === '' ||
    (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
  );
}

function safeRealpath(absolute: string): string | undefined {
  try {
    return realpathSync(absolute);
  } catch {
    return undefined;
  }
}
