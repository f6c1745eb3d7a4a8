import type { TechnologyIndex } from '../engine/technologies/index.js';
import { DEFAULT_RADAR_QUADRANTS, radarIndex } from '../engine/radar/radar.js';
import type { CatalogModel } from '../engine/types.js';
import { catalogPaths } from './catalog-paths.js';
import { catalogRedirects, type Redirect } from './redirects.js';
import type { LastUpdates } from './last-update.js';
import type { RenderCache } from './render-cache.js';
import { renderDocuments, type DocumentSource } from './rendered-documents.js';
import { indexView } from './index-view.js';
import { compareView, matrixView } from './matrix-view.js';
import { patternViews } from './pattern-views.js';
import { summarise } from './summaries.js';
import { catalogTechnologyNames, technologyViews } from './technology-views.js';
import type {
  ComparePageData,
  IndexPageData,
  MatrixData,
  PatternPageData,
  PatternsIndexData,
  RadarPageData,
  TimelinePageData,
  TechnologiesIndexData,
  TechnologyPageData,
  UseCasePageData,
  ValidationPageData,
} from './types.js';
import { timelineView, type HistorySource } from './history-view.js';
import { radarTechnologies, radarView, type RadarPolicy } from './radar-view.js';
import { useCaseView } from './use-case-view.js';
import { validationView } from './validation-view.js';

export interface ViewOptions {
  /** The catalog's base path, base URL included (e.g. `/catalog`). */
  basePath: string;
  /** Configured pattern names (the built-in four included). */
  patterns: readonly string[];
  /** The index the model was built with. */
  technologies: TechnologyIndex;
  /** The text of a document by its root-relative path, or why it cannot be read. */
  documentSource: DocumentSource;
  /** Where a docs plugin instance once published the documents (`/workspaces`), to redirect; null for none. */
  documentsRedirectBase?: string | null;
  /** Where "edit this document" leads for a document, by its root-relative path; null for nowhere. */
  editUrl?: (documentPath: string) => string | null;
  /** Renderings kept from the previous load (the dev server); none by default. */
  renderCache?: RenderCache;
  /** The documents' last commits and what of them to show; none by default. */
  lastUpdates?: LastUpdates;
  /** Each use case's history from git, when the site shows it; none by default. */
  history?: HistorySource | null;
  /** The technology radar (`radar:` and `radarQuadrants:` in the config); empty by default. */
  radar?: RadarPolicy;
}

export interface Page<T> {
  path: string;
  data: T;
}

/** Every page of the catalog with the props it renders. */
export interface CatalogViews {
  index: Page<IndexPageData>;
  useCases: Page<UseCasePageData>[];
  patterns: Page<PatternsIndexData>;
  pattern: Page<PatternPageData>[];
  technologies: Page<TechnologiesIndexData>;
  technology: Page<TechnologyPageData>[];
  matrix: Page<MatrixData>;
  compare: Page<ComparePageData>;
  validation: Page<ValidationPageData>;
  radar: Page<RadarPageData>;
  /** The timeline of decisions, when the site shows history. */
  timeline: Page<TimelinePageData> | null;
  /** Old and loose addresses, and where they lead. */
  redirects: Redirect[];
}

export function buildViews(model: CatalogModel, options: ViewOptions): CatalogViews {
  const radar = options.radar ?? { entries: [], quadrants: DEFAULT_RADAR_QUADRANTS };
  // Every technology on the radar has a page, chosen or not.
  const technologyNames = catalogTechnologyNames(model.useCases, radarTechnologies(radar));
  const paths = catalogPaths(
    model,
    options.basePath,
    options.patterns,
    technologyNames,
    (useCaseUrl) => renderDocuments(model, options.documentSource, useCaseUrl, options.renderCache),
    Boolean(options.history),
  );
  const radarEntries = radarIndex(radar.entries);
  const summaries = model.useCases.map((useCase) => summarise(useCase, paths, radarEntries));
  const patterns = patternViews(model.useCases, options.patterns, paths);
  const technologyIndex = options.technologies;
  const technologies = technologyViews(
    model.useCases,
    technologyNames,
    technologyIndex,
    paths,
    radarEntries,
  );
  const matrix = matrixView(model.useCases, paths, radarEntries);
  return {
    index: {
      path: paths.links.index,
      data: indexView(model, summaries, paths, technologyIndex, radarEntries.size > 0),
    },
    useCases: model.useCases.map((useCase, i) => ({
      path: paths.useCase(useCase.dir),
      data: useCaseView(
        model,
        useCase,
        summaries[i]!,
        paths,
        options.editUrl,
        options.lastUpdates,
        options.history ?? null,
      ),
    })),
    patterns: { path: paths.links.patterns, data: patterns.index },
    pattern: patterns.pages.map((page) => ({ path: paths.pattern(page.name), data: page.data })),
    technologies: { path: paths.links.technologies, data: technologies.index },
    technology: technologies.pages.map((page) => ({
      path: paths.technology(page.name),
      data: page.data,
    })),
    matrix: { path: paths.links.matrix, data: matrix },
    compare: { path: paths.links.compare, data: compareView(model.useCases, matrix, paths) },
    validation: { path: paths.links.validation, data: validationView(model, paths) },
    timeline:
      options.history && paths.links.timeline
        ? { path: paths.links.timeline, data: timelineView(model, options.history, paths) }
        : null,
    radar: {
      path: paths.links.radar,
      data: radarView(model.useCases, radar, technologyIndex, paths),
    },
    redirects: catalogRedirects(model, paths, options.documentsRedirectBase ?? null),
  };
}
