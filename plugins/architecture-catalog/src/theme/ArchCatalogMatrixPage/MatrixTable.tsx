import Link from '@docusaurus/Link';
import RingBadge from '@theme/ArchCatalog/RingBadge';
import VisuallyHidden from '@theme/ArchCatalog/VisuallyHidden';
import type { ReactNode } from 'react';
import type { MatrixData } from '../../views/types.js';
import shared from '../ArchCatalog/styles.module.css';
import styles from './styles.module.css';

/** Categories down, the visible use cases across, each cell the technologies chosen. */
export default function MatrixTable({
  data,
  visible,
}: {
  data: MatrixData;
  /** Indexes of the columns shown. */
  visible: readonly number[];
}): ReactNode {
  return (
    <div className={styles.scroller} role="region" aria-labelledby="matrix-caption" tabIndex={0}>
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
                      {cell.technologies.map((tech) => {
                        const ring = data.rings[tech];
                        return (
                          <li key={tech}>
                            {tech}
                            {ring && <RingBadge ring={ring} compact />}
                          </li>
                        );
                      })}
                    </ul>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
