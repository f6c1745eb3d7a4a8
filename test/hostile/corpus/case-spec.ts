import path from 'node:path';
import { statusText } from './documents.js';
import type { Plan } from './plan.js';

export const DESIGN = '02_Architecture/Architecture_Design.md';

export interface CaseContext {
  /** Absolute path of the corpus root. */
  root: string;
  /** The case's workspace folder names, under the root. */
  folders: readonly string[];
  /** Absolute path of a folder outside the root, for links that lead out. */
  outside: string;
  plan: Plan;
}

export interface CaseSpec {
  name: string;
  description: string;
  /** Only for cases about folder names; otherwise one folder, `UC-<n>_<Case_Name>`. */
  folders?: readonly string[];
  /** Opt-in (`large: true`): too slow for the fast suite. */
  large?: boolean;
  build(context: CaseContext): void;
}

export type Files = Record<string, string | Uint8Array>;

/** `UC-204_Utf8_Bom` -> `Utf8 Bom`. */
export function nameOfFolder(folder: string): string {
  return folder.replace(/^UC-\d+_?/, '').replace(/_/g, ' ') || folder;
}

export function idOfFolder(folder: string): string {
  return /UC-\d+/i.exec(folder)?.[0] ?? 'UC-000';
}

/** A workspace with a valid status file (unless `files` brings one) and the given files. */
export function writeWorkspace(context: CaseContext, files: Files, folder?: string): void {
  const dir = folder ?? context.folders[0]!;
  const all: Files = {
    '00_Status.md': statusText(idOfFolder(dir), nameOfFolder(dir)),
    ...files,
  };
  for (const [file, content] of Object.entries(all)) {
    context.plan.file(path.join(context.root, dir, file), content);
  }
}

/** Absolute path of a file of the case's (first) workspace. */
export function inWorkspace(context: CaseContext, file: string, folder?: string): string {
  return path.join(context.root, folder ?? context.folders[0]!, file);
}
