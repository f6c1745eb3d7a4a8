import { BUILTIN_PATTERNS } from '../engine/patterns/builtin.js';
import type { CatalogModel, TechnologyRef, UseCase } from '../engine/types.js';
import { belongsTo } from '../engine/report/assemble.js';
import type { CatalogPaths } from './catalog-paths.js';
import { componentCategory } from './component-category.js';
import { diagnosticList } from './diagnostic-list.js';
import { documentGroups } from './document-groups.js';
import { historyView, type HistorySource } from './history-view.js';
import { lastUpdateView, NO_LAST_UPDATES, type LastUpdates } from './last-update.js';
import { workspaceDocumentView } from './workspace-document-view.js';
import { patternFlowchart } from './mermaid.js';
import { technologiesByNode } from './pattern-nodes.js';
import { diagnosticView } from './summaries.js';
import { toTextBlocks } from './text-blocks.js';
import { useCaseToc } from './use-case-toc.js';
import type { TechnologyLink, UseCasePageData, UseCaseSummary } from './types.js';

export function useCaseView(
  model: CatalogModel,
  useCase: UseCase,
  summary: UseCaseSummary,
  paths: CatalogPaths,
  editUrl: (documentPath: string) => string | null = () => null,
  lastUpdates: LastUpdates = NO_LAST_UPDATES,
  history: HistorySource | null = null,
): UseCasePageData {
  const design = useCase.design;
  const documents = useCase.documents.map((document) => ({
    path: document.path.slice(useCase.dir.length + 1),
    kind: document.kind,
    url: paths.document(document.path),
  }));
  const technologyLink = (technology: TechnologyRef): TechnologyLink => ({
    name: technology.name,
    url: technology.known ? paths.technology(technology.name) : '',
    known: technology.known,
    category: technology.category,
  });
  const groups = documentGroups(documents);
  const listed = groups.flatMap((group) => group.documents);
  const diagrams = (design?.patterns ?? []).flatMap((name) => {
    const pattern = BUILTIN_PATTERNS.find((candidate) => candidate.name === name);
    if (!pattern) return [];
    return [
      {
        pattern: name,
        mermaid: patternFlowchart(pattern, technologiesByNode(name, design?.technologies ?? [])),
      },
    ];
  });
  const diagnostics = model.diagnostics
    .filter((diagnostic) => belongsTo(diagnostic.file, useCase.dir))
    .map((diagnostic) => diagnosticView(diagnostic, paths));
  return {
    links: paths.links,
    summary,
    lastUpdated: useCase.lastUpdated ?? null,
    lastChange: lastUpdateView(
      useCase.documents.map((document) => document.path),
      lastUpdates,
    ),
    operator: useCase.operator ?? null,
    handoffDate: useCase.handoffDate ?? null,
    nextAction: useCase.nextAction ?? null,
    title: design?.title ?? '',
    rationale: design?.rationale ?? '',
    constraints: design?.constraints ?? [],
    requirementRows: design?.requirements.rows ?? [],
    diagrams,
    components: Object.entries(design?.components ?? {}).map(([name, text]) => ({
      name,
      blocks: toTextBlocks(text),
    })),
    technologyChoices: (design?.technologies ?? []).map((choice) => ({
      component: choice.component,
      category: componentCategory(choice),
      raw: choice.raw,
      rationale: choice.rationale,
      technologies: choice.technologies.map(technologyLink),
    })),
    integrations: design?.integrations ?? [],
    risks: design?.risks ?? [],
    alternatives: (design?.alternatives ?? []).map((alternative) => ({
      alternative: alternative.alternative,
      pros: alternative.pros,
      cons: alternative.cons,
      whyNotSelected: alternative.whyNotSelected,
      technologies: alternative.technologies.map((name) => ({
        name,
        url: paths.technology(name),
        known: true,
        category: null,
      })),
    })),
    diagnostics: diagnosticList(diagnostics, useCase.dir),
    documentGroups: groups,
    documents: listed.map((document) =>
      workspaceDocumentView(
        `${useCase.dir}/${document.path}`,
        document,
        diagnostics,
        paths,
        editUrl,
        lastUpdates,
      ),
    ),
    toc: useCaseToc(
      summary.validation !== 'no-design',
      diagrams.length,
      listed.map((document) => ({ path: `${useCase.dir}/${document.path}`, label: document.path })),
      paths.documents,
      history !== null,
    ),
    designDocumentUrl: design ? paths.document(design.file) : null,
    history: history ? historyView(useCase.dir, history) : null,
  };
}
