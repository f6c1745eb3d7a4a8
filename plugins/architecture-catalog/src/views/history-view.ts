import type { HistoryEntry } from '../engine/history/use-case-history.js';
import { designLines } from '../format/diff/lines.js';
import { compareIds } from '../engine/report/sort.js';
import type { CatalogModel } from '../engine/types.js';
import type { CatalogPaths } from './catalog-paths.js';
import { useCaseRef } from './summaries.js';
import type { TimelinePageData, UseCaseHistoryView } from './types.js';

/** The timeline lists this many decisions, newest first; each use case's page has all of its own. */
export const TIMELINE_LIMIT = 300;

/** What the site shows of the tree's history, once for all use cases. */
export interface HistorySource {
  /** Each use case's entries, by folder. */
  entries: ReadonlyMap<string, readonly HistoryEntry[]>;
  shallow: boolean;
  unavailable: string | null;
}

/** A use case's history for its page: dated commits and what each did to the design. */
export function historyView(dir: string, source: HistorySource): UseCaseHistoryView {
  const entries = source.entries.get(dir) ?? [];
  return {
    entries: entries.map((entry) => ({
      commit: entry.hash.slice(0, 10),
      date: new Date(entry.time * 1000).toISOString().slice(0, 10),
      author: entry.author,
      subject: entry.subject,
      created: entry.created,
      changes: [
        ...(entry.phase
          ? [
              {
                label: 'Phase',
                text: `${entry.phase.from ?? 'unknown'} → ${entry.phase.to ?? 'unknown'}`,
              },
            ]
          : []),
        ...(entry.design ? designLines(entry.design) : []),
      ],
    })),
    note:
      source.unavailable ??
      (source.shallow
        ? 'This copy of the repository is a shallow clone: older commits are not in it.'
        : null),
  };
}

/**
 * Every use case's decisions on one timeline, newest first: a workspace
 * created, or a commit that changed its design's decisions. Commits that
 * touched other documents only are left out.
 */
export function timelineView(
  model: CatalogModel,
  source: HistorySource,
  paths: CatalogPaths,
): TimelinePageData {
  const entries = model.useCases.flatMap((useCase) => {
    const view = historyView(useCase.dir, source);
    const ref = useCaseRef(useCase, paths);
    const times = source.entries.get(useCase.dir) ?? [];
    return view.entries
      .map((entry, i) => ({ entry, time: times[i]?.time ?? 0 }))
      .filter(({ entry }) => entry.created || entry.changes.length > 0)
      .map(({ entry, time }) => ({ time, entry: { useCase: ref, ...entry } }));
  });
  entries.sort((a, b) => b.time - a.time || compareIds(a.entry.useCase.id, b.entry.useCase.id));
  return {
    links: paths.links,
    entries: entries.slice(0, TIMELINE_LIMIT).map(({ entry }) => entry),
    total: entries.length,
    note: historyView('', source).note,
  };
}
