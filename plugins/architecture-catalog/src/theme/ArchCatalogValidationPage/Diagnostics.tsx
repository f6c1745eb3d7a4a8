import Link from '@docusaurus/Link';
import { Fragment, type ReactNode } from 'react';
import type { Severity } from '../../engine/types.js';
import type { DiagnosticView } from '../../views/types.js';
import styles from './styles.module.css';

const SEVERITY: Record<Severity, { icon: string; label: string; className: string }> = {
  error: { icon: '✖', label: 'Error', className: styles.severityError ?? '' },
  warning: { icon: '⚠', label: 'Warning', className: styles.severityWarning ?? '' },
};

/** A severity as an icon and a word, never colour alone. */
export function SeverityLabel({ severity }: { severity: Severity }): ReactNode {
  const s = SEVERITY[severity];
  return (
    <span className={`${styles.severity} ${s.className}`}>
      <span aria-hidden="true">{s.icon}</span> {s.label}
    </span>
  );
}

/** `3 errors, 1 warning`. */
export function countLabel(errors: number, warnings: number): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

/** Errors first, then by file and position. */
export function sortDiagnostics(diagnostics: DiagnosticView[]): DiagnosticView[] {
  const rank = (s: Severity) => (s === 'error' ? 0 : 1);
  return [...diagnostics].sort(
    (a, b) =>
      rank(a.severity) - rank(b.severity) ||
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column,
  );
}

interface Props {
  diagnostics: DiagnosticView[];
  caption: string;
  /** A folder (e.g. the use case's) whose prefix is dropped from the paths shown. */
  baseDir?: string;
}

/** The path shown: relative to `baseDir` when inside it, breakable after each `/`. */
function shownPath(file: string, baseDir: string | undefined): ReactNode {
  const path = baseDir && file.startsWith(`${baseDir}/`) ? file.slice(baseDir.length + 1) : file;
  const parts = path.split('/');
  return parts.map((part, i) => (
    <Fragment key={i}>
      {part}
      {i < parts.length - 1 && (
        <>
          /<wbr />
        </>
      )}
    </Fragment>
  ));
}

/**
 * The workspace folder of a use case's diagnostics (`UC-008_Document_Classification`),
 * read from their paths, so tables can show paths relative to it.
 */
export function workspaceDir(diagnostics: DiagnosticView[], id: string): string | undefined {
  for (const d of diagnostics) {
    const first = d.file.split('/')[0];
    if (first && d.file.includes('/') && (first === id || first.startsWith(`${id}_`))) return first;
  }
  return undefined;
}

/** A table of diagnostics: severity, file, line:column, rule, message and hint. */
export default function DiagnosticsTable({ diagnostics, caption, baseDir }: Props): ReactNode {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className={styles.caption}>
          {caption}
          {baseDir && ` (paths relative to ${baseDir}/)`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Severity</th>
            <th scope="col">File</th>
            <th scope="col">Line:col</th>
            <th scope="col">Rule</th>
            <th scope="col">Message</th>
          </tr>
        </thead>
        <tbody>
          {sortDiagnostics(diagnostics).map((d, i) => (
            <tr key={`${d.file}:${d.line}:${d.column}:${d.ruleId}:${i}`}>
              <td className={styles.nowrap}>
                <SeverityLabel severity={d.severity} />
              </td>
              <td className={styles.file}>
                {d.documentUrl ? (
                  <Link to={d.documentUrl}>{shownPath(d.file, baseDir)}</Link>
                ) : (
                  <span>{shownPath(d.file, baseDir)}</span>
                )}
              </td>
              <td className={styles.nowrap}>
                {d.line}:{d.column}
              </td>
              <td>
                <code className={styles.rule}>{d.ruleId}</code>
              </td>
              <td>
                <span>{d.message}</span>
                {d.hint && (
                  <span className={styles.hint}>
                    <span className={styles.hintLabel}>Hint:</span> {d.hint}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
