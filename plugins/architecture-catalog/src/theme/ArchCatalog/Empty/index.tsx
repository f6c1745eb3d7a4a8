import type { Props } from '@theme/ArchCatalog/Empty';
import type { ReactNode } from 'react';
import styles from './styles.module.css';

/** What a page says where a list or table has nothing to show. */
export default function Empty({ children }: Props): ReactNode {
  return <p className={styles.empty}>{children}</p>;
}
