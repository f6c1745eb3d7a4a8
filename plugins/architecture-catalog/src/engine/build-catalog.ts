import { createAnalyser, type DocumentAnalyser, type ParseStats } from './analyse-document.js';
import type { DesignAnalysis, ParseCache } from './cache/parse-cache.js';
import type { CatalogConfig } from './config/config.js';
import type { StatusInfo } from './model/status.js';
import { assembleModel } from './report/assemble.js';
import { RULES, type Report, type RuleId } from './rules/index.js';
import { runTreeRules, runWorkspaceRules, type RuleReports } from './rules/run-rules.js';
import type { WorkspaceFacts } from './rules/rule.js';
import type { ScanProblem } from './scan/scan-problem.js';
import { scanTree, type ScannedWorkspace, type TreeScan } from './scan/scan-tree.js';
import { createTechnologyIndex, type TechnologyIndex } from './technologies/index.js';
import type { CatalogModel, Design, Diagnostic, RuleSetting, UseCase } from './types.js';

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
  /** The technology index of `config`, when the caller made it already (the views use it too). */
  technologies?: TechnologyIndex | undefined;
  /** Told how many of the tree's designs are analysed so far, after each one. */
  onProgress?: ((done: number, total: number) => void) | undefined;
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
  const technologies = options.technologies ?? createTechnologyIndex(config.technologies);
  const { cache, onProgress } = options;
  const total = scan.workspaces.filter((workspace) =>
    workspace.documents.some((document) => document.kind === 'architecture-design'),
  ).length;
  let done = 0;
  const analyser = createAnalyser({ config, technologies, cache });
  const diagnostics: Diagnostic[] = [];
  const emit = (reports: readonly RuleReports[], defaultFile: string): void => {
    for (const { ruleId, found } of reports) {
      const severity = severityOf(ruleId, config.rules);
      if (severity === undefined) continue;
      for (const report of found)
        diagnostics.push(toDiagnostic(ruleId, severity, report, defaultFile));
    }
  };

  const problems: ScanProblem[] = [...scan.problems];
  const useCases = scan.workspaces.map((workspace) => {
    const analysis = analyseWorkspace(workspace, analyser);
    if (analysis.facts.hasDesign) onProgress?.((done += 1), total);
    problems.push(...analysis.problems);
    emit(runWorkspaceRules(analysis.facts), workspace.dir);
    if (analysis.design) emit(analysis.design.reports, analysis.design.design.file);
    return toUseCase(workspace, analysis.facts.status, analysis.design?.design ?? null);
  });
  emit(runTreeRules({ scan, problems }), '');
  return {
    model: assembleModel(options.displayRoot, useCases, diagnostics),
    stats: analyser.stats,
  };
}

interface WorkspaceAnalysis {
  /** What the workspace rules see, its status among them. */
  facts: WorkspaceFacts;
  design: DesignAnalysis | undefined;
  /** What analysing its documents found wrong (a document the engine could not analyse). */
  problems: ScanProblem[];
}

function analyseWorkspace(
  workspace: ScannedWorkspace,
  analyser: DocumentAnalyser,
): WorkspaceAnalysis {
  const statusDocument = workspace.documents.find((document) => document.kind === 'status');
  const designDocument = workspace.documents.find(
    (document) => document.kind === 'architecture-design',
  );
  const status = statusDocument && analyser.status(statusDocument);
  const design = designDocument && analyser.design(designDocument);
  return {
    facts: {
      workspace,
      status: status?.value,
      hasStatusFile: statusDocument !== undefined,
      hasDesign: designDocument !== undefined,
    },
    design: design?.value,
    problems: [...(status?.problems ?? []), ...(design?.problems ?? [])],
  };
}

const DEFAULT_SETTINGS = new Map<string, RuleSetting>(
  RULES.map((rule) => [rule.id, rule.defaultSetting]),
);

/** Undefined when the rule is off, or is not one of this engine's. */
function severityOf(
  id: string,
  configured: Partial<Record<RuleId, RuleSetting>>,
): Diagnostic['severity'] | undefined {
  const fallback = DEFAULT_SETTINGS.get(id);
  if (fallback === undefined) return undefined;
  const setting = configured[id as RuleId] ?? fallback;
  return setting === 'off' ? undefined : setting === 'warn' ? 'warning' : 'error';
}

function toDiagnostic(
  ruleId: string,
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
    operator: status?.operator ?? null,
    handoffDate: status?.handoffDate ?? null,
    nextAction: status?.nextAction ?? null,
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
