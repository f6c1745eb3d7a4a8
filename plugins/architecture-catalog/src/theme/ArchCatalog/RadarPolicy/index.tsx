import Link from '@docusaurus/Link';
import type { Props } from '@theme/ArchCatalog/RadarPolicy';
import type { ReactNode } from 'react';
import styles from './styles.module.css';

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Why the radar places a technology where it does, and what to choose instead, as sentences. */
export default function RadarPolicy({ reason, replacedBy }: Props): ReactNode {
  if (!reason && !replacedBy) return null;
  return (
    <span className={styles.policy}>
      {reason && sentence(reason)}
      {reason && replacedBy && ' '}
      {replacedBy && (
        <>
          Instead: <Link to={replacedBy.url}>{replacedBy.name}</Link>.
        </>
      )}
    </span>
  );
}
