import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../plugins/architecture-catalog/src/engine/config/config.js';
import { useCaseHistories } from '../../plugins/architecture-catalog/src/engine/history/use-case-history.js';
import { treeHistory } from '../../plugins/architecture-catalog/src/engine/io/git-history.js';
import {
  historySource,
  type HistoryMemo,
} from '../../plugins/architecture-catalog/src/plugin/history-source.js';
import { createTechnologyIndex } from '../../plugins/architecture-catalog/src/engine/technologies/index.js';
import { catalogOf, tempDir, writeTree } from '../helpers.js';
import { gitIn } from '../git.js';
import { statusText } from '../hostile/corpus/documents.js';
import { requirements, workspace } from './trees.js';

const temp = tempDir('arch-catalog-history-');
afterAll(() => temp.cleanup());
const repo = path.join(temp.dir, 'repo');
const root = path.join(repo, 'AE01_Implementations');
const settings = { config: DEFAULT_CONFIG, technologies: createTechnologyIndex() };
let time = 1_700_000_000;

function git(cwd: string, ...args: string[]): void {
  time += 86_400;
  gitIn(cwd, args, time);
}

function commit(files: Record<string, string>, subject: string): void {
  writeTree(root, files);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', subject);
}

/*
 * UC-001's history, oldest first: created with the default design; latency tightened from
 * p99 < 50 ms to p99 < 20 ms and Apache Kafka swapped for Kinesis; its phase moved from
 * Architecture to Implementation.
 * UC-002 arrives last. A file outside the root changes too, and is no use case's.
 */
beforeAll(() => {
  git(temp.dir, 'init', '-q', repo);
  commit(workspace('UC-001_Alpha'), 'Add UC-001');
  commit(
    workspace('UC-001_Alpha', {
      requirements: requirements({ Latency: 'p99 < 20 ms' }),
      technologies: [['Event transport', 'Kinesis + Flink', 'Managed']],
    }),
    'Tighten latency, move to Kinesis',
  );
  commit(
    {
      'UC-001_Alpha/00_Status.md': statusText('UC-001', 'Alpha').replace(
        '| Current Phase | Architecture |',
        '| Current Phase | Implementation |',
      ),
    },
    'Status',
  );
  writeFileSync(path.join(repo, 'README.md'), 'outside\n');
  commit(workspace('UC-002_Beta'), 'Add UC-002');
});

describe('use case histories from git', () => {
  it("gives each use case's commits, newest first, with what each did to the design", () => {
    const histories = useCaseHistories(catalogOf(root), treeHistory(root), settings);
    const alpha = histories.get('UC-001_Alpha')!;
    expect(alpha.map((entry) => [entry.subject, entry.created])).toEqual([
      ['Status', false],
      ['Tighten latency, move to Kinesis', false],
      ['Add UC-001', true],
    ]);
    expect(alpha[0]!.design).toBeNull();
    expect(alpha.map((entry) => entry.phase)).toEqual([
      { from: 'Architecture', to: 'Implementation' },
      null,
      null,
    ]);
    expect(alpha[1]!.design).toMatchObject({
      requirements: [
        { kind: 'latency', from: 'p99 < 50 ms', to: 'p99 < 20 ms', direction: 'tightened' },
      ],
      technologies: { added: ['Kinesis'], removed: ['BigQuery', 'Feast', 'Kafka', 'Redis'] },
    });
    expect(alpha[2]!.design).toMatchObject({ design: { from: false, to: true } });
    expect(alpha[1]!.time - alpha[2]!.time).toBe(2 * 86_400);
    expect(histories.get('UC-002_Beta')!.map((entry) => entry.subject)).toEqual(['Add UC-002']);
  });

  it('says in a shallow clone that it cannot see the first commit', () => {
    const shallow = path.join(temp.dir, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${repo}`, shallow]);
    const history = treeHistory(path.join(shallow, 'AE01_Implementations'));
    expect(history.shallow).toBe(true);
    const alpha = useCaseHistories(
      catalogOf(path.join(shallow, 'AE01_Implementations')),
      history,
      settings,
    ).get('UC-001_Alpha')!;
    expect(alpha.map((entry) => [entry.subject, entry.created])).toEqual([['Status', false]]);
  });

  it('is empty outside git, saying why', () => {
    const outside = path.join(temp.dir, 'outside');
    writeTree(outside, workspace('UC-001_Alpha'));
    const history = treeHistory(outside);
    expect(history).toMatchObject({
      commits: [],
      unavailable: `${outside} is not in a git repository`,
    });
    expect(useCaseHistories(catalogOf(outside), history, settings).get('UC-001_Alpha')).toEqual([]);
  });

  it("is read again by the dev server's memo only after a commit", () => {
    const memo: HistoryMemo = {};
    const model = catalogOf(root);
    const first = historySource(model, root, settings, memo);
    expect(historySource(model, root, settings, memo)).toBe(first);
    commit({ 'UC-002_Beta/notes.md': 'A note.\n' }, 'Note on UC-002');
    const after = historySource(model, root, settings, memo);
    expect(after).not.toBe(first);
    expect(after.entries.get('UC-002_Beta')!.map((entry) => entry.subject)).toEqual([
      'Note on UC-002',
      'Add UC-002',
    ]);
  });
});
