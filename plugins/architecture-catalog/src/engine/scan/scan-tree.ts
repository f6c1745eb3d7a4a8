import { readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { checkKey, textDigest, type CheckAnalysis, type ParseCache } from '../cache/parse-cache.js';
import type { DocumentKind } from '../types.js';
import { unloadableCharacter } from '../routes/document-slugs.js';
import { categoryFileProblems } from './category-files.js';
import { frontMatterProblems } from './document-front-matter.js';
import { refusedLinks } from './document-links.js';
import { exceededLimit } from './markdown-limits.js';
import { readDocument } from './read-document.js';
import { inspect, isCategoryFileName, sortedNames, walkMarkdown, type WalkEntry } from './walk.js';
import type { ScanProblem } from './scan-problem.js';
import { classifyFolder } from './workspace-name.js';

export interface ScannedDocument {
  /** Relative to the root, `/`-separated. */
  path: string;
  kind: DocumentKind;
  /** The text, kept only for the documents the model reads. */
  text?: string;
  /** The text's digest (`textDigest`), when the scan had a cache to consult. */
  digest?: string;
}

export interface ScannedWorkspace {
  dir: string;
  id: string;
  folderName: string;
  /** False when the folder name only loosely follows `UC-<digits>[_Name]`. */
  exactName: boolean;
  documents: ScannedDocument[];
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

/**
 * Lists every workspace under the root and reads the documents the model
 * needs. With a cache, what the checks found in a document is kept by its
 * path and text, and unchanged documents are not checked again.
 */
export function scanTree(rootDir: string, cache?: ParseCache): TreeScan {
  const rootReal = resolveRoot(rootDir);
  const scan: TreeScan = { rootReal, workspaces: [], invalidFolders: [], problems: [], loops: [] };
  for (const folder of sortedNames(readdirSync(rootReal))) {
    if (isCategoryFileName(folder)) {
      const file = { path: folder, absolutePath: path.join(rootReal, folder) };
      scan.problems.push(...categoryFileProblems(file));
      continue;
    }
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
    const documents = readWorkspaceDocuments(folder, walked.files, scan.problems, cache);
    scan.problems.push(...walked.problems, ...walked.categoryFiles.flatMap(categoryFileProblems));
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
  cache: ParseCache | undefined,
): ScannedDocument[] {
  const documents: ScannedDocument[] = [];
  for (const file of files) {
    const inWorkspace = file.path.slice(folder.length + 1);
    const kind = kindByPath(inWorkspace);
    const unpublishable = unpublishableName(file.path);
    if (unpublishable) problems.push({ path: file.path, reason: unpublishable });
    const read = readMarkdown(file, problems, cache);
    const keepText = read !== undefined && (KEPT_KINDS.has(kind) || isDesignCandidate(inWorkspace));
    documents.push(keepText ? { path: file.path, kind, ...read } : { path: file.path, kind });
  }
  promoteDesignCandidate(documents, folder);
  for (const document of documents) {
    if (KEPT_KINDS.has(document.kind)) continue;
    delete document.text;
    delete document.digest;
  }
  return documents;
}

/** The text of a document fit to parse, or undefined; what is wrong with it goes to `problems`. */
function readMarkdown(
  file: WalkEntry,
  problems: ScanProblem[],
  cache: ParseCache | undefined,
): { text: string; digest?: string } | undefined {
  const outcome = readDocument(file.absolutePath);
  if (!outcome.ok) {
    problems.push({ path: file.path, reason: outcome.reason });
    return undefined;
  }
  const { text } = outcome;
  const digest = cache && textDigest(text);
  const check = cache
    ? cachedCheck(cache, file.path, text, digest!)
    : checkDocument(file.path, text);
  problems.push(...check.problems);
  if (!check.fit) return undefined;
  return digest === undefined ? { text } : { text, digest };
}

/** `checkDocument`, through the cache: an unchanged document is not checked again. */
function cachedCheck(cache: ParseCache, file: string, text: string, digest: string): CheckAnalysis {
  const key = checkKey(file, digest);
  const cached = cache.get(key);
  if (cached?.kind === 'checked') return cached;
  const check = checkDocument(file, text);
  cache.set(key, check);
  return check;
}

/** The shape limits, the front matter and the links of one document. */
function checkDocument(file: string, text: string): CheckAnalysis {
  const limit = exceededLimit(text);
  if (limit) {
    const problem = { path: file, reason: limit.reason, line: limit.line, column: 1 };
    return { kind: 'checked', fit: false, problems: [problem] };
  }
  const problems = frontMatterProblems(file, text);
  const unreadable = problems.some((problem) => problem.rule === undefined);
  if (!unreadable) problems.push(...refusedLinks(file, text));
  return { kind: 'checked', fit: true, problems };
}

/** Why the site cannot publish a document of this path; the catalog still reads it. */
function unpublishableName(file: string): string | undefined {
  const found = unloadableCharacter(file);
  return found === undefined
    ? undefined
    : `has \`${found}\` in its path, which the site cannot publish as a page; rename it`;
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
