import { escapeCell } from '../github.js';
import type { DiffFormatter } from './formatter.js';
import { changeInBrief, changeLines, summaryText, useCaseTitle } from './lines.js';

/**
 * A pull-request comment: the summary, a table of every use case touched,
 * then a section per changed use case. Every text from the tree is escaped
 * (`escapeCell`): a document cannot add links, mentions or markup.
 */
export const formatDiffMarkdown: DiffFormatter = (diff, ctx) => {
  const rows = [
    ...diff.changed.map((change) => [useCaseTitle(change), changeInBrief(change)]),
    ...diff.added.map((useCase) => [useCaseTitle(useCase), 'added']),
    ...diff.removed.map((useCase) => [useCaseTitle(useCase), 'removed']),
  ];
  const sections = diff.changed.map((change) =>
    [
      `#### ${escapeCell(useCaseTitle(change))}`,
      '',
      ...changeLines(change, ctx).map(
        (line) => `- **${escapeCell(line.label)}:** ${escapeCell(line.text)}`,
      ),
    ].join('\n'),
  );
  return `${[
    '### Architecture catalog: what this change does',
    escapeCell(summaryText(diff)),
    ...(rows.length === 0
      ? []
      : [
          [
            '| Use case | Change |',
            '| --- | --- |',
            ...rows.map(([a = '', b = '']) => `| ${escapeCell(a)} | ${escapeCell(b)} |`),
          ].join('\n'),
        ]),
    ...sections,
  ].join('\n\n')}\n`;
};
