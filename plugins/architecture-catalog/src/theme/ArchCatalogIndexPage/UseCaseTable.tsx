import Link from '@docusaurus/Link';
import TableBox from '@theme/ArchCatalog/TableBox';
import type { ReactNode } from 'react';
import type { UseCaseSummary } from '../../views/types.js';
import { REQUIREMENT_KEYS, REQUIREMENT_LABELS } from '../../views/types.js';
import PatternBadge from '@theme/ArchCatalog/PatternBadge';
import ValidationBadge from '@theme/ArchCatalog/ValidationBadge';
import shared from '../ArchCatalog/styles.module.css';
import type { SortDir, SortKey } from './sort-use-cases.js';
import styles from './styles.module.css';

export const COLUMNS: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'id', label: 'ID' },
  { key: 'name', label: 'Name' },
  { key: 'patterns', label: 'Patterns' },
  { key: 'phase', label: 'Phase' },
  { key: 'status', label: 'Status' },
  ...REQUIREMENT_KEYS.map((key) => ({ key, label: REQUIREMENT_LABELS[key], numeric: true })),
  { key: 'validation', label: 'Validation' },
];

function SortHeader({
  sort,
  dir,
  onSort,
}: {
  sort: SortKey;
  dir: SortDir;
  onSort: (key: SortKey) => void;
}): ReactNode {
  return (
    <tr>
      {COLUMNS.map((column) => {
        const active = column.key === sort;
        return (
          <th
            key={column.key}
            scope="col"
            aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}
            className={column.numeric ? styles.numeric : undefined}
          >
            <button type="button" className={styles.sortButton} onClick={() => onSort(column.key)}>
              {column.label}
              <span aria-hidden="true" className={styles.sortIcon}>
                {active ? (dir === 'asc' ? '▲' : '▼') : '↕'}
              </span>
            </button>
          </th>
        );
      })}
    </tr>
  );
}

function UseCaseRow({ uc }: { uc: UseCaseSummary }): ReactNode {
  return (
    <tr data-testid="usecase-row" data-id={uc.id}>
      <th scope="row" className={styles.idCell}>
        <Link to={uc.url}>{uc.id}</Link>
      </th>
      <td>{uc.name}</td>
      <td>
        {uc.patterns.length ? (
          uc.patterns.map((p) => <PatternBadge key={p.name} pattern={p} />)
        ) : (
          <span className={styles.muted}>—</span>
        )}
      </td>
      <td>{uc.phase ?? <span className={styles.muted}>—</span>}</td>
      <td>{uc.status || <span className={styles.muted}>—</span>}</td>
      {REQUIREMENT_KEYS.map((key) => (
        <td key={key} className={styles.numeric}>
          {uc.requirements[key].value == null ? (
            <span className={styles.muted}>{uc.requirements[key].display}</span>
          ) : (
            uc.requirements[key].display
          )}
        </td>
      ))}
      <td>
        <ValidationBadge state={uc.validation} errors={uc.errors} warnings={uc.warnings} />
      </td>
    </tr>
  );
}

/** The use cases shown, under headers that sort them. */
export default function UseCaseTable({
  shown,
  sort,
  dir,
  onSort,
}: {
  shown: UseCaseSummary[];
  sort: SortKey;
  dir: SortDir;
  onSort: (key: SortKey) => void;
}): ReactNode {
  return (
    <TableBox className={styles.table}>
      <caption className={shared.visuallyHidden}>
        Use cases, sorted by {COLUMNS.find((c) => c.key === sort)?.label ?? sort},{' '}
        {dir === 'asc' ? 'ascending' : 'descending'}
      </caption>
      <thead>
        <SortHeader sort={sort} dir={dir} onSort={onSort} />
      </thead>
      <tbody>
        {shown.map((uc) => (
          <UseCaseRow key={uc.id} uc={uc} />
        ))}
      </tbody>
    </TableBox>
  );
}
