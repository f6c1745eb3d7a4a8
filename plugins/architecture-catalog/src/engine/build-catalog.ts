import type { CatalogConfig } from './config/config.js';
import { buildDesign } from './model/design.js';
import { readStatus, type StatusInfo } from './model/status.js';
import { parseDesignDocument, type DesignDocument } from './parse/design-document.js';
import { assembleModel } from './report/assemble.js';
import { RULES, type Report, type Rule } from './rules/index.js';
import type { DesignFacts, WorkspaceFacts } from './rules/rule.js';
import {
  scanTree,
  type ScannedWorkspace,
  type ScanProblem,
  type TreeScan,
} from './scan/scan-tree.js';
import { createTechnologyIndex, type TechnologyIndex } from './technologies/index.js';
import type { CatalogModel, Design, Diagnostic, RuleId, RuleSetting, UseCase } from './types.js';

export interface BuildOptions {
  /** Absolute path of the root folder. */
  rootDir: string;
  /** How the root is named in the output (a relative path, for stable JSON). */
  displayRoot: string;
  config: CatalogConfig;
}

/** scan -> parse -> model -> rules -> report. Never throws for anything a document contains. */
export function buildCatalog(options: BuildOptions): CatalogModel {
  const { config } = options;
  const scan = scanTree(options.rootDir);
  const technologies = createTechnologyIndex(config.technologies);
  const reports: Diagnostic[] = [];
  const emit = (rule: Rule, found: Report[], defaultFile: string): void => {
    const severity = severityOf(rule.id, rule.defaultSetting, config.rules);
    if (severity === undefined) return;
    for (const report of found) reports.push(toDiagnostic(rule.id, severity, report, defaultFile));
  };

  const useCases = scan.workspaces.map((workspace) => {
    const analysis = analyseWorkspace(workspace, technologies, config.patterns, scan.problems);
    for (const rule of RULES) {
      if (rule.scope === 'workspace')
        emit(
          rule,
          safeCheck(() => rule.check(analysis.facts)),
          workspace.dir,
        );
      if (rule.scope === 'design' && analysis.designFacts) {
        const facts = analysis.designFacts;
        emit(
          rule,
          safeCheck(() => rule.check(facts)),
          facts.document.file,
        );
      }
    }
    return toUseCase(workspace, analysis.status, analysis.designFacts?.design ?? null);
  });
  for (const rule of RULES) {
    if (rule.scope === 'tree') emit(rule, rule.check({ scan }), '');
  }
  return assembleModel(options.displayRoot, useCases, reports);
}

interface WorkspaceAnalysis {
  facts: WorkspaceFacts;
  status: StatusInfo | undefined;
  designFacts: DesignFacts | undefined;
}

function analyseWorkspace(
  workspace: ScannedWorkspace,
  technologies: TechnologyIndex,
  knownPatterns: readonly string[],
  problems: ScanProblem[],
): WorkspaceAnalysis {
  const statusDocument = workspace.documents.find((document) => document.kind === 'status');
  const designDocument = workspace.documents.find(
    (document) => document.kind === 'architecture-design',
  );
  const status =
    statusDocument?.text === undefined
      ? undefined
      : guarded(statusDocument.path, problems, () => readStatus(statusDocument.text!));
  let designFacts: DesignFacts | undefined;
  if (designDocument?.text !== undefined) {
    designFacts = guarded(designDocument.path, problems, () => {
      const document = parseDesignDocument(designDocument.path, designDocument.text!);
      reportFrontMatter(document, problems);
      return {
        document,
        design: buildDesign(document, { technologies, patterns: knownPatterns }),
        knownPatterns,
      };
    });
  }
  return {
    facts: {
      workspace,
      status,
      hasStatusFile: statusDocument !== undefined,
      hasDesign: designDocument !== undefined,
    },
    status,
    designFacts,
  };
}

function reportFrontMatter(document: DesignDocument, problems: ScanProblem[]): void {
  const error = document.frontMatter.error;
  if (error)
    problems.push({
      path: document.file,
      reason: `has invalid YAML front matter: ${error.message}`,
      line: error.line,
      column: error.column,
    });
}

/**
 * A document that trips a bug in the engine must not take the catalog down:
 * it becomes a parse-error on that document and the rest goes on.
 */
function guarded<T>(file: string, problems: ScanProblem[], work: () => T): T | undefined {
  try {
    return work();
  } catch (error) {
    problems.push({
      path: file,
      reason: `could not be analysed (${error instanceof Error ? error.message : String(error)})`,
    });
    return undefined;
  }
}

/** A rule that fails on a document reports that it could not check it, rather than staying silent. */
function safeCheck(check: () => Report[]): Report[] {
  try {
    return check();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [{ line: 1, column: 1, message: `This rule could not check the document: ${reason}` }];
  }
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
