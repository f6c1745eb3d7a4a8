import type { Props } from '@theme/ArchCatalog/Muted';
import type { ReactNode } from 'react';
import styles from './styles.module.css';

/** A value that is missing or not stated (`not stated`, `—`), set apart from real values. */
export default function Muted({ children }: Props): ReactNode {
  return <span className={styles.muted}>{children}</span>;
}
