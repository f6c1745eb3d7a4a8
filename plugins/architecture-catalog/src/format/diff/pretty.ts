import { escapeControlChars } from '../shared.js';
import type { DiffFormatter } from './formatter.js';
import { changeLines, summaryText, useCaseTitle } from './lines.js';

/** For a terminal: a block per use case touched, then the summary. */
export const formatDiffPretty: DiffFormatter = (diff, ctx) => {
  const show = (text: string) => escapeControlChars(text.replace(/\r\n|\r|\n/g, ' '));
  const blocks = [
    ...diff.changed.map((change) =>
      [
        show(useCaseTitle(change)),
        ...changeLines(change, ctx).map((line) => `  ${show(line.label)}: ${show(line.text)}`),
      ].join('\n'),
    ),
    ...diff.added.map((useCase) => `${show(useCaseTitle(useCase))}\n  added`),
    ...diff.removed.map((useCase) => `${show(useCaseTitle(useCase))}\n  removed`),
  ];
  return `${[...blocks, summaryText(diff)].join('\n\n')}\n`;
};
