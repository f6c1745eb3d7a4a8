import type { Props, Row, RowGroup } from '@theme/ArchCatalog/DataTable';
import Empty from '@theme/ArchCatalog/Empty';
import TableBox from '@theme/ArchCatalog/TableBox';
import type { ReactNode } from 'react';
import styles from './styles.module.css';

function Cells({ row, rowHeaders }: { row: Row; rowHeaders: boolean }): ReactNode {
  return row.cells.map((cell, i) =>
    i === 0 && rowHeaders ? (
      <th key={i} scope="row">
        {cell}
      </th>
    ) : (
      <td key={i} className={row.cellClassNames?.[i]}>
        {cell}
      </td>
    ),
  );
}

/** One `tbody` per group, its header cell spanning the group's rows. */
function Group({ group }: { group: RowGroup }): ReactNode {
  return (
    <tbody>
      {group.rows.map((row, i) => (
        <tr key={row.key ?? i}>
          {i === 0 && (
            <th scope="rowgroup" rowSpan={group.rows.length}>
              {group.header}
            </th>
          )}
          <Cells row={row} rowHeaders={false} />
        </tr>
      ))}
    </tbody>
  );
}

/**
 * The catalog's one table: a caption, a header row and body rows, in a box
 * that scrolls sideways on narrow screens. With `rowHeaders`, each row's first
 * cell heads its row; with `groups`, rows come in groups, each headed once.
 * With `empty`, a table without rows gives way to that note.
 */
export default function DataTable({
  caption,
  columns,
  rows = [],
  groups,
  rowHeaders = false,
  className,
  empty,
}: Props): ReactNode {
  if (empty !== undefined && (groups ?? rows).length === 0) return <Empty>{empty}</Empty>;
  return (
    <TableBox className={className ? `${styles.table} ${className}` : styles.table}>
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, i) => (
            <th key={i} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      {groups ? (
        groups.map((group) => <Group key={group.key} group={group} />)
      ) : (
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.key ?? i}>
              <Cells row={row} rowHeaders={rowHeaders} />
            </tr>
          ))}
        </tbody>
      )}
    </TableBox>
  );
}
