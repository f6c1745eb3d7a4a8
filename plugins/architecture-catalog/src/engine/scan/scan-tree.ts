import { readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { DocumentKind } from '../types.js';
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
}

export class RootNotFoundError extends Error {}

/** Lists every workspace under the root and reads the documents the model needs. */
export function scanTree(rootDir: string): TreeScan {
  const rootReal = resolveRoot(rootDir);
  const scan: TreeScan = { rootReal, workspaces: [], invalidFolders: [], problems: [] };
  for (const folder of sortedNames(readdirSync(rootReal))) {
    const entry = inspect(rootReal, path.join(rootReal, folder));
    if (entry.kind !== 'ok' || !entry.isDirectory) {
      if (entry.kind === 'outside' && entry.isDirectory) {
        scan.problems.push({
          path: folder,
          reason: 'is a symbolic link that leads outside the root; not followed',
        });
      }
      continue;
    }
    const folderClass = classifyFolder(folder);
    if (folderClass.kind === 'skipped') continue;
    if (folderClass.kind === 'invalid') {
      scan.invalidFolders.push(folder);
      continue;
    }
    const walked = walkMarkdown(rootReal, path.join(rootReal, folder), folder);
    const documents = readWorkspaceDocuments(folder, walked.files, scan.problems);
    scan.problems.push(...walked.problems);
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
    const outcome = readDocument(file.absolutePath);
    const kind = kindByPath(file.path.slice(folder.length + 1));
    if (!outcome.ok) {
      problems.push({ path: file.path, reason: outcome.reason });
      documents.push({ path: file.path, kind });
      continue;
    }
    const keepText = KEPT_KINDS.has(kind) || isDesignCandidate(file.path.slice(folder.length + 1));
    documents.push(
      keepText ? { path: file.path, kind, text: outcome.text } : { path: file.path, kind },
    );
  }
  promoteDesignCandidate(documents, folder);
  for (const document of documents) {
    if (!KEPT_KINDS.has(document.kind)) delete document.text;
  }
  return documents;
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
