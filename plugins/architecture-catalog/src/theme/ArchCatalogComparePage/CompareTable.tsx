import Link from '@docusaurus/Link';
import TableBox from '@theme/ArchCatalog/TableBox';
import type { ReactNode } from 'react';
import type { CompareEntry } from '../../views/types.js';
import { REQUIREMENT_KEYS } from '../../views/types.js';
import { GroupHeader, RequirementRow, Risks, Technologies } from './CompareRows.js';
import None from './None.js';
import styles from './styles.module.css';

/** Two to four use cases side by side: patterns, requirements, technologies, risks. */
export default function CompareTable({
  entries,
  categories,
}: {
  entries: CompareEntry[];
  categories: string[];
}): ReactNode {
  return (
    <TableBox
      className={`${styles.table} ${styles[`columns${entries.length}`] ?? ''}`}
      testId="compare-table"
    >
      <caption className={styles.caption}>
        <span className={styles.captionText}>
          Comparing {entries.map((entry) => entry.id).join(', ')}.{' '}
          <span className={styles.legend}>
            <strong className={styles.stricter}>Bold, highlighted</strong> values are the stricter
            requirement; rows marked <span className={styles.differsTag}>differs</span> name
            different technologies.
          </span>
        </span>
      </caption>
      <colgroup>
        <col className={styles.headCol} />
        {entries.map((entry) => (
          <col key={entry.id} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <td className={styles.corner} />
          {entries.map((entry) => (
            <th key={entry.id} scope="col">
              <Link to={entry.url} className={styles.ucId}>
                {entry.id}
              </Link>
              <span className={styles.ucName}>{entry.name}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Patterns</th>
          {entries.map((entry) => (
            <td key={entry.id}>
              {entry.patterns.length ? (
                entry.patterns.map((pattern) => (
                  <span key={pattern} className={`badge badge--secondary ${styles.pattern}`}>
                    {pattern}
                  </span>
                ))
              ) : (
                <None />
              )}
            </td>
          ))}
        </tr>
      </tbody>
      <tbody>
        <GroupHeader span={entries.length + 1}>Requirements</GroupHeader>
        {REQUIREMENT_KEYS.map((key) => (
          <RequirementRow key={key} entries={entries} requirement={key} />
        ))}
      </tbody>
      <Technologies entries={entries} categories={categories} />
      <Risks entries={entries} />
    </TableBox>
  );
}
