import { chmodSync, lutimesSync, mkdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** One write of the corpus, by absolute path. */
export type Operation =
  | { kind: 'file'; target: string; content: string | Uint8Array }
  | { kind: 'link'; target: string; linkTo: string }
  | { kind: 'chmod'; target: string; mode: number };

export interface ApplyOptions {
  /** Write the files in reverse order (a copy made differently, same bytes). */
  reverse?: boolean;
  /** Give every file, link and folder this modification time. */
  mtime?: Date;
}

/** Collects the writes of a corpus so they can be applied in either order. */
export class Plan {
  readonly operations: Operation[] = [];

  file(target: string, content: string | Uint8Array): void {
    this.operations.push({ kind: 'file', target, content });
  }

  link(target: string, linkTo: string): void {
    this.operations.push({ kind: 'link', target, linkTo });
  }

  chmod(target: string, mode: number): void {
    this.operations.push({ kind: 'chmod', target, mode });
  }
}

/** Writes, then times, then permissions last (a folder without permissions cannot be written into). */
export function applyPlan(plan: Plan, roots: readonly string[], options: ApplyOptions = {}): void {
  const writes = plan.operations.filter((operation) => operation.kind !== 'chmod');
  for (const operation of options.reverse ? [...writes].reverse() : writes) write(operation);
  if (options.mtime) setTimes(writes, roots, options.mtime);
  for (const operation of plan.operations) {
    if (operation.kind === 'chmod') chmodSync(operation.target, operation.mode);
  }
}

function write(operation: Operation): void {
  mkdirSync(path.dirname(operation.target), { recursive: true });
  if (operation.kind === 'file') writeFileSync(operation.target, operation.content);
  if (operation.kind === 'link') symlinkSync(operation.linkTo, operation.target);
}

/**
 * Files and links first, then their folders (up to the roots) deepest first,
 * since writing a file touches its folder.
 */
function setTimes(writes: readonly Operation[], roots: readonly string[], mtime: Date): void {
  const folders = new Set<string>(roots);
  for (const operation of writes) {
    if (operation.kind === 'link') lutimesSync(operation.target, mtime, mtime);
    else utimesSync(operation.target, mtime, mtime);
    let dir = path.dirname(operation.target);
    while (roots.some((root) => dir.startsWith(root + path.sep))) {
      folders.add(dir);
      dir = path.dirname(dir);
    }
  }
  const deepestFirst = [...folders].sort((a, b) => b.length - a.length);
  for (const folder of deepestFirst) utimesSync(folder, mtime, mtime);
}
