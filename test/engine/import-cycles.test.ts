import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers.js';

const SRC = path.join(REPO_ROOT, 'plugins/architecture-catalog/src');

/** Every source file (tests and fixtures left out), relative to `src/`. */
function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__fixtures__' ? [] : sourceFiles(full);
    const source = /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name);
    return source ? [path.relative(SRC, full)] : [];
  });
}

/** The files a module imports or re-exports from, type-only imports included. */
export function importsOf(file: string, text: string): string[] {
  const specifiers = [...text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+'(\.[^']+)'/gms)];
  return specifiers.map((match) =>
    path.join(path.dirname(file), match[1]!.replace(/\.js$/, '.ts')),
  );
}

/** Each cycle once, as the files on it from its first file in code-point order. */
export function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles = new Map<string, string[]>();
  const visit = (file: string, trail: string[]): void => {
    const at = trail.indexOf(file);
    if (at !== -1) {
      const cycle = trail.slice(at);
      const start = cycle.indexOf([...cycle].sort()[0]!);
      const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
      cycles.set(rotated.join(' -> '), rotated);
      return;
    }
    if (done.has(file)) return;
    for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
    done.add(file);
  };
  const done = new Set<string>();
  for (const file of [...graph.keys()].sort()) visit(file, []);
  return [...cycles.values()];
}

describe('imports', () => {
  it('finds a cycle, type-only imports included', () => {
    const graph = new Map([
      ['a.ts', importsOf('a.ts', "import type { B } from './b.js';")],
      ['b.ts', importsOf('b.ts', "import {\n  c,\n} from './sub/c.js';")],
      ['sub/c.ts', importsOf('sub/c.ts', "export { a } from '../a.js';")],
      ['d.ts', importsOf('d.ts', "import { a } from './a.js';")],
    ]);
    expect(cyclesOf(graph)).toEqual([['a.ts', 'b.ts', 'sub/c.ts']]);
  });

  it('form no cycle in the plugin', () => {
    const graph = new Map(
      sourceFiles().map((file) => [
        file,
        importsOf(file, readFileSync(path.join(SRC, file), 'utf8')),
      ]),
    );
    expect(graph.size).toBeGreaterThan(100);
    expect(cyclesOf(graph).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });
});
