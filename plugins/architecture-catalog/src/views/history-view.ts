import type { HistoryEntry } from '../engine/history/use-case-history.js';
import { designLines } from '../format/diff/lines.js';
import type { UseCaseHistoryView } from './types.js';

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
      changes: entry.design ? designLines(entry.design) : [],
    })),
    note:
      source.unavailable ??
      (source.shallow
        ? 'This copy of the repository is a shallow clone: older commits are not in it.'
        : null),
  };
}
