import { createAnalyser, type DocumentAnalyser, type ParseStats } from './analyse-document.js';
import type { DesignAnalysis, ParseCache } from './cache/parse-cache.js';
import type { CatalogConfig } from './config/config.js';
import { safeCheck } from './guard.js';
import type { PreparedDesign } from './parallel/messages.js';
import type { StatusInfo } from './model/status.js';
import { assembleModel } from './report/assemble.js';
import { RULES, type Report, type Rule } from './rules/index.js';
import type { WorkspaceFacts } from './rules/rule.js';
import {
  scanTree,
  type ScannedWorkspace,
  type ScanProblem,
  type TreeScan,
} from './scan/scan-tree.js';
import { createTechnologyIndex } from './technologies/index.js';
import type { CatalogModel, Design, Diagnostic, RuleId, RuleSetting, UseCase } from './types.js';

export interface BuildOptions {
  /** Absolute path of the root folder. */
  rootDir: string;
  /** How the root is named in the output (a relative path, for stable JSON). */
  displayRoot: string;
  config: CatalogConfig;
  /** Reuses what earlier builds learnt from unchanged documents; the output is the same without. */
  cache?: ParseCache | undefined;
  /** The tree, when the caller scanned it already. */
  scan?: TreeScan | undefined;
  /** Designs already analysed, by path (see `buildCatalogInParallel`). */
  prepared?: ReadonlyMap<string, PreparedDesign> | undefined;
}

export interface BuildResult {
  model: CatalogModel;
  stats: ParseStats;
}

/** scan -> parse -> model -> rules -> report. Never throws for anything a document contains. */
export function buildCatalog(options: BuildOptions): CatalogModel {
  return buildCatalogWithStats(options).model;
}

/** `buildCatalog`, also telling which documents were parsed and how many came from the cache. */
export function buildCatalogWithStats(options: BuildOptions): BuildResult {
  const { config } = options;
  const scan = options.scan ?? scanTree(options.rootDir, options.cache);
  const technologies = createTechnologyIndex(config.technologies);
  const { cache, prepared } = options;
  const analyser = createAnalyser({ config, technologies, cache, prepared });
  const reports: Diagnostic[] = [];
  const emit = (rule: Rule, found: Report[], defaultFile: string): void => {
    const severity = severityOf(rule.id, rule.defaultSetting, config.rules);
    if (severity === undefined) return;
    for (const report of found) reports.push(toDiagnostic(rule.id, severity, report, defaultFile));
  };

  const useCases = scan.workspaces.map((workspace) => {
    const analysis = analyseWorkspace(workspace, analyser, scan.problems);
    const design = analysis.design;
    for (const rule of RULES) {
      if (rule.scope === 'workspace')
        emit(
          rule,
          safeCheck(() => rule.check(analysis.facts)),
          workspace.dir,
        );
      if (rule.scope === 'design' && design) {
        emit(rule, reportsOf(design, rule.id), design.design.file);
      }
    }
    return toUseCase(workspace, analysis.status, design?.design ?? null);
  });
  for (const rule of RULES) {
    if (rule.scope === 'tree') emit(rule, rule.check({ scan }), '');
  }
  return {
    model: assembleModel(options.displayRoot, useCases, reports),
    stats: analyser.stats,
  };
}

interface WorkspaceAnalysis {
  facts: WorkspaceFacts;
  status: StatusInfo | undefined;
  design: DesignAnalysis | undefined;
}

function analyseWorkspace(
  workspace: ScannedWorkspace,
  analyser: DocumentAnalyser,
  problems: ScanProblem[],
): WorkspaceAnalysis {
  const statusDocument = workspace.documents.find((document) => document.kind === 'status');
  const designDocument = workspace.documents.find(
    (document) => document.kind === 'architecture-design',
  );
  const status = statusDocument && analyser.status(statusDocument, problems);
  const design = designDocument && analyser.design(designDocument, problems);
  return {
    facts: {
      workspace,
      status,
      hasStatusFile: statusDocument !== undefined,
      hasDesign: designDocument !== undefined,
    },
    status,
    design,
  };
}

function reportsOf(design: DesignAnalysis, ruleId: RuleId): Report[] {
  return design.reports.find((entry) => entry.ruleId === ruleId)?.found ?? [];
}

function severityOf(
  id: RuleId,
  fallback: RuleSetting,
  configured: Partial<Record<RuleId, RuleSetting>>,
): Diagnostic['severity'] | undefined {
  const setting = configured[id] ?? fallback;
  return setting === 'off' ? undefined : setting === 'warn' ? 'warning' : 'error';
}

function toDiagnostic(
  ruleId: RuleId,
  severity: Diagnostic['severity'],
  report: Report,
  defaultFile: string,
): Diagnostic {
  const diagnostic: Diagnostic = {
    ruleId,
    severity,
    file: report.file ?? defaultFile,
    line: Math.max(1, report.line),
    column: Math.max(1, report.column),
    message: report.message,
  };
  if (report.hint !== undefined) diagnostic.hint = report.hint;
  if (report.section !== undefined) diagnostic.section = report.section;
  return diagnostic;
}

function toUseCase(
  workspace: ScannedWorkspace,
  status: StatusInfo | undefined,
  design: Design | null,
): UseCase {
  return {
    id: workspace.id,
    name: status?.name ?? (workspace.folderName || workspace.id),
    dir: workspace.dir,
    phase: status?.phase ?? null,
    status: status?.status ?? null,
    lastUpdated: status?.lastUpdated ?? null,
    documents: workspace.documents.map((document) => ({
      path: document.path,
      kind: document.kind,
    })),
    design,
    errors: 0,
    warnings: 0,
  };
}

export type { TreeScan };
