import type { DesignSettings } from '../engine/analyse-document.js';
import { useCaseHistories } from '../engine/history/use-case-history.js';
import { headCommit, treeHistory } from '../engine/io/git-history.js';
import type { CatalogModel } from '../engine/types.js';
import type { HistorySource } from '../views/history-view.js';

/**
 * The history last read, kept by the dev server between loads: it changes
 * only with a new commit, the config, or the workspaces and their designs'
 * paths, not with an edit to the files, so an edit reads no git history.
 */
export interface HistoryMemo {
  key?: string;
  value?: HistorySource;
}

/** Each use case's history from git, from the memo when nothing it depends on changed. */
export function historySource(
  model: CatalogModel,
  rootDir: string,
  settings: DesignSettings,
  memo?: HistoryMemo,
): HistorySource {
  const head = memo ? headCommit(rootDir) : null;
  const key =
    head === null
      ? undefined
      : JSON.stringify([
          head,
          settings.config,
          model.useCases.map((useCase) => [useCase.dir, useCase.design?.file ?? null]),
        ]);
  if (memo && key !== undefined && memo.key === key && memo.value) return memo.value;
  const tree = treeHistory(rootDir);
  const value = {
    entries: useCaseHistories(model, tree, settings),
    shallow: tree.shallow,
    unavailable: tree.unavailable && `No history: ${tree.unavailable}.`,
  };
  if (memo) Object.assign(memo, { key, value });
  return value;
}
