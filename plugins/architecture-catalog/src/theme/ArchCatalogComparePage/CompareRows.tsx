import type { ReactNode } from 'react';
import { stricterColumns, technologyRows, type TechnologyRow } from '../../views/compare.js';
import type { CompareEntry, RequirementKey } from '../../views/types.js';
import { REQUIREMENT_LABELS, STRICTER } from '../../views/types.js';
import VisuallyHidden from '@theme/ArchCatalog/VisuallyHidden';
import None from './None.js';
import styles from './styles.module.css';

export function GroupHeader({ span, children }: { span: number; children: ReactNode }): ReactNode {
  return (
    <tr className={styles.group}>
      <th scope="rowgroup" colSpan={span}>
        {children}
      </th>
    </tr>
  );
}

export function RequirementRow({
  entries,
  requirement,
}: {
  entries: CompareEntry[];
  requirement: RequirementKey;
}) {
  const marked = stricterColumns(entries, requirement);
  return (
    <tr data-requirement={requirement}>
      <th scope="row">
        {REQUIREMENT_LABELS[requirement]}
        <span className={styles.direction}>
          {STRICTER[requirement] === 'lower' ? 'lower is stricter' : 'higher is stricter'}
        </span>
      </th>
      {entries.map((entry, index) => {
        const measure = entry.requirements[requirement];
        if (measure.value == null)
          return (
            <td key={entry.id} className={styles.num}>
              <span className={styles.none}>{measure.display}</span>
            </td>
          );
        return marked.has(index) ? (
          <td
            key={entry.id}
            className={`${styles.num} ${styles.stricterCell}`}
            data-stricter="true"
          >
            <strong className={styles.stricter}>{measure.display}</strong>
            <VisuallyHidden> (stricter)</VisuallyHidden>
          </td>
        ) : (
          <td key={entry.id} className={styles.num}>
            {measure.display}
          </td>
        );
      })}
    </tr>
  );
}

function TechnologyCells({ row, entries }: { row: TechnologyRow; entries: CompareEntry[] }) {
  return (
    <tr
      className={row.differs ? styles.differs : undefined}
      data-differs={row.differs ? 'true' : undefined}
    >
      <th scope="row">
        {row.category}
        {row.differs && <span className={styles.differsTag}>differs</span>}
      </th>
      {entries.map((entry, index) => {
        const techs = row.technologies[index] ?? [];
        return (
          <td key={entry.id}>
            {techs.length ? (
              <ul className={styles.techList}>
                {techs.map((tech) => (
                  <li key={tech}>{tech}</li>
                ))}
              </ul>
            ) : (
              <None />
            )}
          </td>
        );
      })}
    </tr>
  );
}

export function Technologies({
  entries,
  categories,
}: {
  entries: CompareEntry[];
  categories: string[];
}) {
  const span = entries.length + 1;
  const rows = technologyRows(entries, categories);
  const differing = rows.filter((row) => row.differs).length;
  return (
    <tbody>
      <GroupHeader span={span}>
        Technologies by component{' '}
        <span className={styles.groupNote}>
          ({differing} of {rows.length} differ)
        </span>
      </GroupHeader>
      {rows.length === 0 && (
        <tr>
          <td colSpan={span}>
            <None text="No technology choices recorded." />
          </td>
        </tr>
      )}
      {rows.map((row) => (
        <TechnologyCells key={row.category} row={row} entries={entries} />
      ))}
    </tbody>
  );
}

export function Risks({ entries }: { entries: CompareEntry[] }): ReactNode {
  return (
    <tbody>
      <GroupHeader span={entries.length + 1}>Risks</GroupHeader>
      <tr>
        <th scope="row">Risks and mitigations</th>
        {entries.map((entry) => (
          <td key={entry.id}>
            {entry.risks.length ? (
              <ul className={styles.risks}>
                {entry.risks.map((risk, i) => (
                  <li key={i}>
                    <span className={styles.risk}>{risk.risk}</span>
                    {risk.mitigation && (
                      <span className={styles.mitigation}>
                        <span className={styles.mitigationLabel}>Mitigation:</span>{' '}
                        {risk.mitigation}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              <None text="None listed" />
            )}
          </td>
        ))}
      </tr>
    </tbody>
  );
}
