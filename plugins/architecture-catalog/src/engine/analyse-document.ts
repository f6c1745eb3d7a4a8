import {
  analysisContext,
  cacheKey,
  textDigest,
  type DesignAnalysis,
  type DocumentAnalysis,
  type ParseCache,
} from './cache/parse-cache.js';
import type { CatalogConfig } from './config/config.js';
import { guarded, safeCheck } from './guard.js';
import type { PreparedDesign } from './parallel/messages.js';
import { buildDesign } from './model/design.js';
import { readStatus, type StatusInfo } from './model/status.js';
import { parseDesignDocument } from './parse/design-document.js';
import { RULES, type Rule } from './rules/index.js';
import type { ScannedDocument, ScanProblem } from './scan/scan-tree.js';
import type { TechnologyIndex } from './technologies/index.js';

/** How many documents one build parsed, and how many it took from the cache. */
export interface ParseStats {
  /** The documents parsed, in the order they were read. */
  parsed: string[];
  reused: number;
}

/** Parses status files and designs, through the cache when there is one, counting parses. */
export interface DocumentAnalyser {
  status(document: ScannedDocument, problems: ScanProblem[]): StatusInfo | undefined;
  design(document: ScannedDocument, problems: ScanProblem[]): DesignAnalysis | undefined;
  readonly stats: ParseStats;
}

/** What analysing a design depends on besides its text. */
export interface DesignSettings {
  config: CatalogConfig;
  technologies: TechnologyIndex;
}

export interface AnalyserSettings extends DesignSettings {
  cache?: ParseCache | undefined;
  /** Designs already analysed (on worker threads), by path: counted as parsed, not parsed again. */
  prepared?: ReadonlyMap<string, PreparedDesign> | undefined;
}

type DesignRule = Extract<Rule, { scope: 'design' }>;
const DESIGN_RULES = RULES.filter((rule): rule is DesignRule => rule.scope === 'design');

export function createAnalyser(settings: AnalyserSettings): DocumentAnalyser {
  const { cache } = settings;
  const context = cache ? analysisContext(settings.config) : '';
  const stats: ParseStats = { parsed: [], reused: 0 };
  const keyOf = (document: ScannedDocument, text: string): string | undefined =>
    cache && documentKey(context, document, text);
  const lookup = (key: string | undefined): DocumentAnalysis | undefined =>
    key === undefined ? undefined : cache?.get(key);
  const parse = <T extends DocumentAnalysis>(
    document: ScannedDocument,
    key: string | undefined,
    problems: ScanProblem[],
    work: () => T,
  ): T | undefined => {
    stats.parsed.push(document.path);
    const fresh = guarded(document.path, problems, work);
    if (fresh !== undefined && key !== undefined) cache?.set(key, fresh);
    return fresh;
  };

  return {
    stats,
    status(document, problems) {
      const text = document.text;
      if (text === undefined) return undefined;
      const key = keyOf(document, text);
      const hit = lookup(key);
      if (hit?.kind === 'status') {
        stats.reused += 1;
        return hit.status;
      }
      const work = () => ({ kind: 'status', status: readStatus(text) }) as const;
      return parse(document, key, problems, work)?.status;
    },
    design(document, problems) {
      const text = document.text;
      if (text === undefined) return undefined;
      const key = keyOf(document, text);
      const hit = lookup(key);
      if (hit?.kind === 'design') {
        stats.reused += 1;
        problems.push(...hit.problems);
        return hit;
      }
      const prepared = settings.prepared?.get(document.path);
      const work = prepared
        ? () => unwrap(prepared)
        : () => analyseDesign(document.path, text, settings);
      return parse(document, key, problems, work);
    },
  };
}

/** A design analysed elsewhere, or the failure it met there, as `guarded` would see it. */
function unwrap(prepared: PreparedDesign): DesignAnalysis {
  if ('analysis' in prepared) return prepared.analysis;
  throw new Error(prepared.failure);
}

/** The designs of `documents` a cache does not hold: the ones a build will parse. */
export function uncachedDesigns(
  documents: readonly ScannedDocument[],
  config: CatalogConfig,
  cache: ParseCache | undefined,
): ScannedDocument[] {
  const designs = documents.filter(
    (document) => document.kind === 'architecture-design' && document.text !== undefined,
  );
  if (!cache) return designs;
  const context = analysisContext(config);
  return designs.filter((document) => !cache.has(documentKey(context, document, document.text!)));
}

/** A document's cache key, from the digest the scan took when it has one. */
function documentKey(context: string, document: ScannedDocument, text: string): string {
  return cacheKey(context, document.kind, document.path, document.digest ?? textDigest(text));
}

/**
 * Parse, model and every design rule, for one Architecture Design. Its front
 * matter is checked by the scan, as every document's is.
 */
export function analyseDesign(
  file: string,
  text: string,
  settings: DesignSettings,
): DesignAnalysis {
  const document = parseDesignDocument(file, text);
  const knownPatterns = settings.config.patterns;
  const design = buildDesign(document, {
    technologies: settings.technologies,
    patterns: knownPatterns,
  });
  const facts = { document, design, knownPatterns, technologies: settings.technologies };
  const reports = DESIGN_RULES.map((rule) => ({
    ruleId: rule.id,
    found: safeCheck(() => rule.check(facts)),
  }));
  return { kind: 'design', design, reports, problems: [] };
}
