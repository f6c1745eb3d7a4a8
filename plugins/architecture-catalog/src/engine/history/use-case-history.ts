import { analyseDesign, type DesignSettings } from '../analyse-document.js';
import { diffDesigns } from '../diff/catalog-diff.js';
import type { DesignChange } from '../diff/types.js';
import type { TreeCommit, TreeHistory } from '../io/git-history.js';
import { readStatus } from '../model/status.js';
import type { CatalogModel, Design, Phase, UseCase } from '../types.js';

/** A commit in a use case's history, and what it did to the design's decisions. */
export interface HistoryEntry {
  hash: string;
  /** Seconds since the epoch. */
  time: number;
  author: string;
  subject: string;
  /** The workspace's first commit (never said of the oldest commit of a shallow clone). */
  created: boolean;
  /** What it changed in the Architecture Design; null when it touched other documents only. */
  design: DesignChange | null;
  /** The phase the status file moved from and to; null when it did not move. */
  phase: { from: Phase | null; to: Phase | null } | null;
}

const DESIGN = '02_Architecture/Architecture_Design.md';
const STATUS = '00_Status.md';

/**
 * Each use case's commits, newest first, each design version compared with
 * the one before it. The designs are read from git in one batch and parsed
 * as the catalog parses them.
 */
export function useCaseHistories(
  model: CatalogModel,
  history: TreeHistory,
  settings: DesignSettings,
): Map<string, HistoryEntry[]> {
  const touching = new Map(
    model.useCases.map((useCase) => [useCase.dir, commitsUnder(history.commits, useCase.dir)]),
  );
  const designs = readDesigns(model.useCases, touching, history, settings);
  const phases = readPhases(model.useCases, touching, history);
  return new Map(
    model.useCases.map((useCase) => {
      const commits = touching.get(useCase.dir) ?? [];
      const file = designFile(useCase);
      const versions = commits.filter((commit) => commit.files.includes(file));
      const statusFile = `${useCase.dir}/${STATUS}`;
      const statuses = commits.filter((commit) => commit.files.includes(statusFile));
      const entries = commits.map((commit, i): HistoryEntry => {
        const at = versions.indexOf(commit);
        const design =
          at < 0
            ? null
            : diffDesigns(
                designs.get(`${versions[at + 1]?.hash}:${file}`) ?? null,
                designs.get(`${commit.hash}:${file}`) ?? null,
              );
        const oldest = i === commits.length - 1;
        const phase = phaseMove(commit, statuses, statusFile, phases);
        return {
          hash: commit.hash,
          time: commit.time,
          author: commit.author,
          subject: commit.subject,
          created: oldest && !history.shallow,
          design,
          phase,
        };
      });
      return [useCase.dir, entries];
    }),
  );
}

function commitsUnder(commits: readonly TreeCommit[], dir: string): TreeCommit[] {
  return commits.filter((commit) => commit.files.some((file) => file.startsWith(`${dir}/`)));
}

function designFile(useCase: UseCase): string {
  return useCase.design?.file ?? `${useCase.dir}/${DESIGN}`;
}

/**
 * The phase a commit moved the status file to, from its version before
 * (`versions`: the commits that touched the file, newest first); null when
 * it did not move.
 */
function phaseMove(
  commit: TreeCommit,
  versions: readonly TreeCommit[],
  statusFile: string,
  phases: ReadonlyMap<string, Phase | null>,
): HistoryEntry['phase'] {
  const at = versions.indexOf(commit);
  const before = versions[at + 1];
  if (at < 0 || before === undefined) return null;
  const from = phases.get(`${before.hash}:${statusFile}`) ?? null;
  const to = phases.get(`${commit.hash}:${statusFile}`) ?? null;
  return from === to ? null : { from, to };
}

/** The phase each status file version states, by `<commit>:<file>`. */
function readPhases(
  useCases: readonly UseCase[],
  touching: ReadonlyMap<string, TreeCommit[]>,
  history: TreeHistory,
): Map<string, Phase | null> {
  const wanted = useCases.flatMap((useCase) => {
    const file = `${useCase.dir}/${STATUS}`;
    return (touching.get(useCase.dir) ?? [])
      .filter((commit) => commit.files.includes(file))
      .map((commit) => ({ hash: commit.hash, file }));
  });
  const texts = history.readAt(wanted);
  return new Map(
    wanted.map(({ hash, file }, i) => {
      const text = texts[i];
      return [`${hash}:${file}`, text === undefined ? null : readStatus(text).phase];
    }),
  );
}

/** Every design version any history needs, parsed once each, by `<commit>:<file>`. */
function readDesigns(
  useCases: readonly UseCase[],
  touching: ReadonlyMap<string, TreeCommit[]>,
  history: TreeHistory,
  settings: DesignSettings,
): Map<string, Design | null> {
  const wanted = useCases.flatMap((useCase) => {
    const file = designFile(useCase);
    return (touching.get(useCase.dir) ?? [])
      .filter((commit) => commit.files.includes(file))
      .map((commit) => ({ hash: commit.hash, file }));
  });
  const texts = history.readAt(wanted);
  const byText = new Map<string, Design | null>();
  return new Map(
    wanted.map(({ hash, file }, i) => {
      const text = texts[i];
      if (text === undefined) return [`${hash}:${file}`, null];
      let design = byText.get(text);
      if (design === undefined) {
        design = analyseDesign(file, text, settings).design;
        byText.set(text, design);
      }
      return [`${hash}:${file}`, design];
    }),
  );
}
