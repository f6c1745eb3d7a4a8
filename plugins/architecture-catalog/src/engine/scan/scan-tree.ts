import { readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { readFrontMatter } from '../parse/front-matter.js';
import type { DocumentKind } from '../types.js';
import { exceededLimit } from './markdown-limits.js';
import { readDocument } from './read-document.js';
import { inspect, sortedNames, walkMarkdown, type WalkEntry } from './walk.js';
import { classifyFolder } from './workspace-name.js';

export interface ScannedDocument {
  /** Relative to the root, `/`-separated. */
  path: string;
  kind: DocumentKind;
  /** The text, kept only for the documents the model reads. */
  text?: string;
}

export interface ScannedWorkspace {
  dir: string;
  id: string;
  folderName: string;
  /** False when the folder name only loosely follows `UC-<digits>[_Name]`. */
  exactName: boolean;
  documents: ScannedDocument[];
}

export interface ScanProblem {
  /** Relative to the root. */
  path: string;
  reason: string;
  line?: number;
  column?: number;
}

export interface TreeScan {
  rootReal: string;
  workspaces: ScannedWorkspace[];
  invalidFolders: string[];
  problems: ScanProblem[];
  /** Folder links not followed because they loop (to the root, or a folder holding them); relative to the root. */
  loops: string[];
}

export class RootNotFoundError extends Error {}

/** Lists every workspace under the root and reads the documents the model needs. */
export function scanTree(rootDir: string): TreeScan {
  const rootReal = resolveRoot(rootDir);
  const scan: TreeScan = { rootReal, workspaces: [], invalidFolders: [], problems: [], loops: [] };
  for (const folder of sortedNames(readdirSync(rootReal))) {
    const folderClass = classifyFolder(folder);
    if (folderClass.kind === 'skipped') continue;
    const entry = inspect(rootReal, path.join(rootReal, folder));
    const problem = rootEntryProblem(rootReal, folder, entry);
    if (problem) scan.problems.push({ path: folder, reason: problem });
    if (problem === LINK_TO_ROOT) scan.loops.push(folder);
    if (problem || entry.kind !== 'ok' || !entry.isDirectory) continue;
    if (folderClass.kind === 'invalid') {
      scan.invalidFolders.push(folder);
      continue;
    }
    const walked = walkMarkdown(rootReal, path.join(rootReal, folder), folder);
    const documents = readWorkspaceDocuments(folder, walked.files, scan.problems);
    scan.problems.push(...walked.problems);
    scan.loops.push(...walked.loops);
    scan.workspaces.push({
      dir: folder,
      id: folderClass.id,
      folderName: folderClass.name,
      exactName: folderClass.exact,
      documents,
    });
  }
  return scan;
}

const LINK_TO_ROOT = 'is a symbolic link to the root itself; not followed';

/** Why a folder link under the root is not followed: it leads out, or back to the root. */
function rootEntryProblem(
  rootReal: string,
  folder: string,
  entry: ReturnType<typeof inspect>,
): string | undefined {
  if (entry.kind === 'outside' && entry.isDirectory)
    return 'is a symbolic link that leads outside the root; not followed';
  if (
    entry.kind === 'ok' &&
    entry.isDirectory &&
    safeRealpath(path.join(rootReal, folder)) === rootReal
  )
    return 'is a symbolic link to the root itself; not followed';
  return undefined;
}

function safeRealpath(target: string): string | undefined {
  try {
    return realpathSync(target);
  } catch {
    return undefined;
  }
}

function resolveRoot(rootDir: string): string {
  try {
    return realpathSync(rootDir);
  } catch {
    throw new RootNotFoundError(`root folder not found: ${rootDir}`);
  }
}

/** Texts the model reads; every other document is only checked for readability. */
const KEPT_KINDS: ReadonlySet<DocumentKind> = new Set([
  'status',
  'architecture-design',
  'technology-selection',
  'component-specification',
]);

function readWorkspaceDocuments(
  folder: string,
  files: WalkEntry[],
  problems: ScanProblem[],
): ScannedDocument[] {
  const documents: ScannedDocument[] = [];
  for (const file of files) {
    const inWorkspace = file.path.slice(folder.length + 1);
    const kind = kindByPath(inWorkspace);
    const text = readMarkdown(file, problems);
    const keepText = text !== undefined && (KEPT_KINDS.has(kind) || isDesignCandidate(inWorkspace));
    documents.push(keepText ? { path: file.path, kind, text } : { path: file.path, kind });
  }
  promoteDesignCandidate(documents, folder);
  for (const document of documents) {
    if (!KEPT_KINDS.has(document.kind)) delete document.text;
  }
  return documents;
}

/** The text of a document fit to parse, or undefined; what is wrong with it goes to `problems`. */
function readMarkdown(file: WalkEntry, problems: ScanProblem[]): string | undefined {
  const outcome = readDocument(file.absolutePath);
  if (!outcome.ok) {
    problems.push({ path: file.path, reason: outcome.reason });
    return undefined;
  }
  const limit = exceededLimit(outcome.text);
  if (limit) {
    problems.push({ path: file.path, reason: limit.reason, line: limit.line, column: 1 });
    return undefined;
  }
  const frontMatter = frontMatterProblem(file.path, outcome.text);
  if (frontMatter) problems.push(frontMatter);
  return outcome.text;
}

/**
 * Every document's front matter is checked, not only the design's: the site
 * publishes every document, and a docs plugin fails a build on front matter
 * it cannot read. Never throws.
 */
function frontMatterProblem(file: string, text: string): ScanProblem | undefined {
  if (!text.startsWith('---')) return undefined;
  try {
    const error = readFrontMatter(text).error;
    return error
      ? {
          path: file,
          reason: `has invalid YAML front matter: ${error.message}`,
          line: error.line,
          column: error.column,
        }
      : undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { path: file, reason: `has front matter that cannot be read: ${message}` };
  }
}

export function kindByPath(inWorkspace: string): DocumentKind {
  const lower = inWorkspace.toLowerCase();
  if (lower === '00_status.md') return 'status';
  if (lower.startsWith('01_handoff/')) return 'handoff';
  if (lower === '02_architecture/architecture_design.md') return 'architecture-design';
  if (lower === '02_architecture/technology_selection.md') return 'technology-selection';
  if (/^02_architecture\/component_specifications\/[^/]+$/.test(lower))
    return 'component-specification';
  return 'other';
}

function isDesignCandidate(inWorkspace: string): boolean {
  return /^02_architecture\/[^/]+$/i.test(inWorkspace);
}

/** Without `Architecture_Design.md`, the first `02_Architecture/*.md` titled "Architecture Design". */
function promoteDesignCandidate(documents: ScannedDocument[], folder: string): void {
  if (documents.some((document) => document.kind === 'architecture-design')) return;
  const candidate = documents.find(
    (document) =>
      document.kind === 'other' &&
      isDesignCandidate(document.path.slice(folder.length + 1)) &&
      document.text !== undefined &&
      /^architecture design\b/i.test(firstHeadingText(document.text)),
  );
  if (candidate) candidate.kind = 'architecture-design';
}

function firstHeadingText(text: string): string {
  const match = /^ {0,3}#{1,6}[ \t]+(.*)$/m.exec(text);
  return (match?.[1] ?? '').replace(/^[^\p{L}]+/u, '');
}
