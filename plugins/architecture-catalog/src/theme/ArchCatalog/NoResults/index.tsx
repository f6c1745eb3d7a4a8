import type { Props } from '@theme/ArchCatalog/NoResults';
import type { ReactNode } from 'react';
import styles from './styles.module.css';

/** Where a filtered list shows nothing: why, and a way back. */
export default function NoResults({ children }: Props): ReactNode {
  return <div className={styles.noResults}>{children}</div>;
}
