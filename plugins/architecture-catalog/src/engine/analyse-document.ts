import {
  analysisContext,
  cacheKey,
  textDigest,
  type DesignAnalysis,
  type DocumentAnalysis,
  type ParseCache,
  type StatusAnalysis,
} from './cache/parse-cache.js';
import type { CatalogConfig } from './config/config.js';
import { guarded } from './guard.js';
import { buildDesign } from './model/design.js';
import { readStatus, type StatusInfo } from './model/status.js';
import { parseDesignDocument } from './parse/design-document.js';
import { runDesignRules } from './rules/run-rules.js';
import type { ScanProblem } from './scan/scan-problem.js';
import type { ScannedDocument } from './scan/scan-tree.js';
import { radarIndex } from './radar/radar.js';
import type { TechnologyIndex } from './technologies/index.js';

/** How many documents one build parsed, and how many it took from the cache. */
export interface ParseStats {
  /** The documents parsed, in the order they were read. */
  parsed: string[];
  reused: number;
}

/** What analysing a document gave (nothing when it failed), and the problems it found. */
export interface Analysed<T> {
  value: T | undefined;
  problems: readonly ScanProblem[];
}

/** Parses status files and designs, through the cache when there is one, counting parses. */
export interface DocumentAnalyser {
  status(document: ScannedDocument): Analysed<StatusInfo>;
  design(document: ScannedDocument): Analysed<DesignAnalysis>;
  readonly stats: ParseStats;
}

/** What analysing a design depends on besides its text. */
export interface DesignSettings {
  config: CatalogConfig;
  technologies: TechnologyIndex;
}

export interface AnalyserSettings extends DesignSettings {
  cache?: ParseCache | undefined;
}

const NOTHING: Analysed<never> = { value: undefined, problems: [] };

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
    work: () => T,
  ): Analysed<T> => {
    stats.parsed.push(document.path);
    const fresh = guarded(document.path, work);
    if (fresh.problem) return { value: undefined, problems: [fresh.problem] };
    if (key !== undefined) cache?.set(key, fresh.value);
    return { value: fresh.value, problems: [] };
  };

  /** A document's analysis: from the cache when it holds one of this kind, else made by `work` and cached. */
  const analyse = <T extends DocumentAnalysis>(
    document: ScannedDocument,
    isKind: (analysis: DocumentAnalysis) => analysis is T,
    work: (text: string) => T,
  ): Analysed<T> => {
    const text = document.text;
    if (text === undefined) return NOTHING;
    const key = keyOf(document, text);
    const hit = lookup(key);
    if (hit && isKind(hit)) {
      stats.reused += 1;
      return { value: hit, problems: [] };
    }
    return parse(document, key, () => work(text));
  };

  return {
    stats,
    status(document) {
      const analysed = analyse(
        document,
        (analysis): analysis is StatusAnalysis => analysis.kind === 'status',
        (text) => ({ kind: 'status', status: readStatus(text) }),
      );
      return { value: analysed.value?.status, problems: analysed.problems };
    },
    design: (document) =>
      analyse(
        document,
        (analysis): analysis is DesignAnalysis => analysis.kind === 'design',
        (text) => analyseDesign(document.path, text, settings),
      ),
  };
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
  const facts = {
    document,
    design,
    knownPatterns,
    technologies: settings.technologies,
    radar: radarIndex(settings.config.radar),
  };
  return { kind: 'design', design, reports: runDesignRules(facts) };
}
