import { createHash } from 'node:crypto';
import { engineFingerprint } from './engine-fingerprint.js';
import type { StatusInfo } from '../model/status.js';
import type { RuleReports } from '../rules/report.js';
import type { ScanProblem } from '../scan/scan-problem.js';
import type { Design, DocumentKind } from '../types.js';

/**
 * What cached results were made by: the engine's own code. Parsing, the model or a design rule
 * that changes makes it change, and caches kept across runs (on disk) start afresh.
 */
export function cacheFormat(): string {
  return engineFingerprint();
}

/** What `00_Status.md` says, as the engine keeps it. */
export interface StatusAnalysis {
  kind: 'status';
  status: StatusInfo;
}

/** What an Architecture Design says, and what the design rules found in it. */
export interface DesignAnalysis {
  kind: 'design';
  design: Design;
  /** Each design rule's reports, in the order of `RULES`. */
  reports: RuleReports[];
}

/** What the scan's checks (shape limits, front matter) found in a document. */
export interface CheckAnalysis {
  kind: 'checked';
  /** False when the document is past a shape limit: it is not parsed. */
  fit: boolean;
  problems: ScanProblem[];
}

export type DocumentAnalysis = StatusAnalysis | DesignAnalysis | CheckAnalysis;

/**
 * Where `buildCatalog` keeps what it learnt from each document it parsed,
 * so that an unchanged document is not parsed again. The key (see
 * `cacheKey`) covers everything the value depends on. Values are plain JSON
 * data, so the cache may live in memory or on disk. `get` must return a
 * value equal to the one `set` under that key, or undefined; the engine
 * neither mutates what it gets nor what it sets.
 */
export interface ParseCache {
  /** Whether `get` would give a value, without copying it out. */
  has(key: string): boolean;
  get(key: string): DocumentAnalysis | undefined;
  set(key: string, value: DocumentAnalysis): void;
}

/** The parts of the config an analysis reads. */
export interface AnalysisConfig {
  patterns: readonly string[];
  technologies: readonly unknown[];
  /** The design rules read the radar's rings. */
  radar: readonly unknown[];
}

/** What every analysis depends on besides the document: the cache format and the config's names. */
export function analysisContext(config: AnalysisConfig): string {
  return sha256([
    JSON.stringify([cacheFormat(), config.patterns, config.technologies, config.radar]),
  ]);
}

/** The key of one document's analysis: the context, its kind, its path and its text's digest. */
export function cacheKey(
  context: string,
  kind: DocumentKind,
  file: string,
  digest: string,
): string {
  return sha256([context, kind, file, digest]);
}

/** The key of what the scan's checks found in a document: they depend on its path and text only. */
export function checkKey(file: string, digest: string): string {
  return sha256(['checked', file, digest]);
}

/** The digest of a document's exact text, computed once per document and build. */
export function textDigest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function sha256(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('hex');
}
