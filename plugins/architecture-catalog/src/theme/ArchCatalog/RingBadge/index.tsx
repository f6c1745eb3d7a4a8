import type { Props } from '@theme/ArchCatalog/RingBadge';
import type { ReactNode } from 'react';
import styles from './styles.module.css';

const LABELS = { adopt: 'Adopt', trial: 'Trial', assess: 'Assess', hold: 'Hold' } as const;

/** A radar ring as a coloured word: Adopt, Trial, Assess, Hold. */
export default function RingBadge({ ring }: Props): ReactNode {
  return <span className={`${styles.badge} ${styles[ring]}`}>{LABELS[ring]}</span>;
}
