import { useMemo, type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import type { MatrixData } from '../../views/types.js';
import { matrixToCsv } from '../../views/csv.js';
import Nav from '../ArchCatalog/Nav.js';
import VisuallyHidden from '../ArchCatalog/VisuallyHidden.js';
import useQueryParams from '../ArchCatalog/useQueryParams.js';
import shared from '../ArchCatalog/styles.module.css';
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
  const visible = useMemo(
    () =>
      data.columns
        .map((column, index) => ({ column, index }))
        .filter(({ column }) => !pattern || column.patterns.includes(pattern))
        .map(({ index }) => index),
    [data, pattern],
  );
  const patternOptions =
    pattern && !data.patterns.includes(pattern) ? [...data.patterns, pattern] : data.patterns;

  return (
    <Layout
      title="Technology matrix"
      description="Which technologies each use case chose for each component category."
    >
      <main className={`container margin-vert--lg ${styles.wide}`}>
        <Nav links={data.links} />
        <h1>Technology matrix</h1>
        <p className={styles.intro}>
          Component categories down, use cases across: each cell lists the technologies a use case
          chose for that component. Hover a cell to see the design&apos;s original wording.
        </p>

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
          <p className={styles.empty}>No technology choices recorded yet.</p>
        ) : visible.length === 0 ? (
          <div className={styles.empty}>
            <p>No use case uses the pattern “{pattern}”.</p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setParams({ pattern: null })}
            >
              Show all use cases
            </button>
          </div>
        ) : (
          <div
            className={styles.scroller}
            role="region"
            aria-labelledby="matrix-caption"
            tabIndex={0}
          >
            <table className={styles.table} data-testid="matrix-table">
              <caption id="matrix-caption" className={shared.visuallyHidden}>
                Technologies by component category (rows) and use case (columns)
              </caption>
              <thead>
                <tr>
                  <th scope="col" className={styles.corner}>
                    Component
                  </th>
                  {visible.map((index) => {
                    const column = data.columns[index];
                    if (!column) return null;
                    return (
                      <th
                        key={column.id}
                        scope="col"
                        className={styles.colHead}
                        data-testid="matrix-column"
                        data-id={column.id}
                      >
                        <Link to={column.url} title={column.name}>
                          {column.id}
                        </Link>
                        <span className={styles.colName}>{column.name}</span>
                      </th>
                    );
                  })}
                </tr>
              </thead>
              <tbody>
                {data.rows.map((category, row) => (
                  <tr key={category}>
                    <th scope="row" className={styles.rowHead}>
                      {category}
                    </th>
                    {visible.map((index) => {
                      const cell = data.cells[row]?.[index] ?? null;
                      const key = data.columns[index]?.id ?? index;
                      if (!cell || cell.technologies.length === 0)
                        return (
                          <td key={key} className={styles.emptyCell}>
                            <span aria-hidden="true">·</span>
                            <VisuallyHidden>none</VisuallyHidden>
                          </td>
                        );
                      return (
                        <td key={key} title={cell.raw.join('\n')}>
                          <ul className={styles.techList}>
                            {cell.technologies.map((tech) => (
                              <li key={tech}>{tech}</li>
                            ))}
                          </ul>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </main>
    </Layout>
  );
}
