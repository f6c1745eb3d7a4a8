import { escapeData, escapeProperty } from '../github.js';
import { escapeControlChars } from '../shared.js';
import type { DiffFormatter } from './formatter.js';
import { displayFile } from './lines.js';

/**
 * GitHub Actions annotations for the head's new problems, errors first; the
 * CLI writes the markdown report to `$GITHUB_STEP_SUMMARY` beside them.
 */
export const formatDiffGithub: DiffFormatter = (diff, ctx) =>
  [...diff.diagnostics.added]
    .sort((a, b) => Number(b.severity === 'error') - Number(a.severity === 'error'))
    .map((diagnostic) => {
      const command = diagnostic.severity === 'error' ? 'error' : 'warning';
      const file = escapeProperty(escapeControlChars(displayFile(diagnostic.file, ctx)));
      const title = escapeProperty(`new: ${diagnostic.ruleId}`);
      const message = escapeData(diagnostic.message.split('\n').map(escapeControlChars).join('\n'));
      return `::${command} file=${file},line=${diagnostic.line},col=${diagnostic.column},title=${title}::${message}\n`;
    })
    .join('');
