import Link from '@docusaurus/Link';
import type { Props } from '@theme/ArchCatalog/Diagnostics';
import DataTable from '@theme/ArchCatalog/DataTable';
import SeverityLabel from '@theme/ArchCatalog/SeverityLabel';
import { Fragment, type ReactNode } from 'react';
import type { DiagnosticView } from '../../../views/types.js';
import styles from './styles.module.css';

/** The path shown: relative to `baseDir` when inside it, breakable after each `/`. */
function ShownPath({ file, baseDir }: { file: string; baseDir: string | null }): ReactNode {
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

function cellsOf(d: DiagnosticView, baseDir: string | null): ReactNode[] {
  const path = <ShownPath file={d.file} baseDir={baseDir} />;
  return [
    <SeverityLabel severity={d.severity} />,
    d.documentUrl ? <Link to={d.documentUrl}>{path}</Link> : <span>{path}</span>,
    `${d.line}:${d.column}`,
    <code className={styles.rule}>{d.ruleId}</code>,
    <>
      <span>{d.message}</span>
      {d.hint && (
        <span className={styles.hint}>
          <span className={styles.hintLabel}>Hint:</span> {d.hint}
        </span>
      )}
    </>,
  ];
}

const CELL_CLASSES = [styles.nowrap, styles.file, styles.nowrap];

/** A table of diagnostics, in the order given: severity, file, line:column, rule, message and hint. */
export default function Diagnostics({ list, caption }: Props): ReactNode {
  return (
    <DataTable
      caption={
        <>
          {caption}
          {list.baseDir && ` (paths relative to ${list.baseDir}/)`}
        </>
      }
      columns={['Severity', 'File', 'Line:col', 'Rule', 'Message']}
      rows={list.items.map((d, i) => ({
        key: `${d.file}:${d.line}:${d.column}:${d.ruleId}:${i}`,
        cells: cellsOf(d, list.baseDir),
        cellClassNames: CELL_CLASSES,
      }))}
    />
  );
}
