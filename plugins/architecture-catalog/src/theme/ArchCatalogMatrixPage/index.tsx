import { useMemo, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import NoResults from '@theme/ArchCatalog/NoResults';
import Page from '@theme/ArchCatalog/Page';
import RingBadge from '@theme/ArchCatalog/RingBadge';
import type { MatrixData } from '../../views/types.js';
import { matrixToCsv, visibleColumns } from '../../views/csv.js';
import VisuallyHidden from '@theme/ArchCatalog/VisuallyHidden';
import useQueryParams from '@theme/ArchCatalog/useQueryParams';
import MatrixTable from './MatrixTable.js';
import styles from './styles.module.css';

const FILE_NAME = 'technology-matrix.csv';

function downloadCsv(csv: string): void {
  const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = FILE_NAME;
  anchor.style.display = 'none';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export default function ArchCatalogMatrixPage({ data }: { data: MatrixData }): ReactNode {
  const [params, setParams] = useQueryParams();
  const pattern = params.get('pattern') ?? '';
  const visible = useMemo(() => visibleColumns(data.columns, pattern), [data, pattern]);
  const patternOptions =
    pattern && !data.patterns.includes(pattern) ? [...data.patterns, pattern] : data.patterns;

  return (
    <Page
      title="Technology matrix"
      description="Which technologies each use case chose for each component category."
      links={data.links}
      wide
    >
      <p className={styles.intro}>
        Component categories down, use cases across: each cell lists the technologies a use case
        chose for that component. Hover a cell to see the design&apos;s original wording.
      </p>
      {Object.keys(data.rings).length > 0 && (
        <p className={styles.intro}>
          A dot after a technology gives its ring on the{' '}
          <Link to={data.links.radar}>technology radar</Link>, in these colours:
          {(['adopt', 'trial', 'assess', 'hold'] as const).map((ring) => (
            <span key={ring} className={styles.ringKey}>
              <RingBadge ring={ring} />
            </span>
          ))}
        </p>
      )}

      <div className={styles.toolbar}>
        <div className={styles.filter}>
          <label htmlFor="matrix-pattern">Pattern</label>
          <select
            id="matrix-pattern"
            value={pattern}
            onChange={(e) => setParams({ pattern: e.target.value })}
          >
            <option value="">All patterns</option>
            {patternOptions.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <p className={styles.count} aria-live="polite">
          {visible.length} of {data.columns.length} use case
          {data.columns.length === 1 ? '' : 's'} shown
          {pattern ? ` (pattern: ${pattern})` : ''}
        </p>
        <button
          type="button"
          className={`button button--primary ${styles.download}`}
          data-testid="matrix-csv"
          disabled={data.rows.length === 0}
          onClick={() => downloadCsv(matrixToCsv(data, visible))}
        >
          <span aria-hidden="true">⤓ </span>Download CSV
          <VisuallyHidden> of the matrix as shown</VisuallyHidden>
        </button>
      </div>

      {data.rows.length === 0 || data.columns.length === 0 ? (
        <NoResults>
          <p>No technology choices recorded yet.</p>
        </NoResults>
      ) : visible.length === 0 ? (
        <NoResults>
          <p>No use case uses the pattern “{pattern}”.</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setParams({ pattern: null })}
          >
            Show all use cases
          </button>
        </NoResults>
      ) : (
        <MatrixTable data={data} visible={visible} />
      )}
    </Page>
  );
}
