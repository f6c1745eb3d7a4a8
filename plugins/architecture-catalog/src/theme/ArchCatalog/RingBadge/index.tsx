import type { Props } from '@theme/ArchCatalog/RingBadge';
import VisuallyHidden from '@theme/ArchCatalog/VisuallyHidden';
import type { ReactNode } from 'react';
import styles from './styles.module.css';

const LABELS = { adopt: 'Adopt', trial: 'Trial', assess: 'Assess', hold: 'Hold' } as const;

/**
 * A radar ring as a coloured word (Adopt, Trial, Assess, Hold) or, `compact`,
 * as a coloured dot that says the same to assistive technology.
 */
export default function RingBadge({ ring, compact = false }: Props): ReactNode {
  if (compact)
    return (
      <span className={`${styles.dot} ${styles[ring]}`} title={`Radar: ${LABELS[ring]}`}>
        <VisuallyHidden> (radar: {LABELS[ring]})</VisuallyHidden>
      </span>
    );
  return <span className={`${styles.badge} ${styles[ring]}`}>{LABELS[ring]}</span>;
}
