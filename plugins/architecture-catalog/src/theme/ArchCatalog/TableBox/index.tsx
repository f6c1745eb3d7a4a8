import type { Props } from '@theme/ArchCatalog/TableBox';
import type { ReactNode } from 'react';
import styles from './styles.module.css';

/** A full-width table in a box that scrolls sideways on narrow screens. */
export default function TableBox({ className, testId, children }: Props): ReactNode {
  return (
    <div className={styles.box}>
      <table
        className={className ? `${styles.table} ${className}` : styles.table}
        data-testid={testId}
      >
        {children}
      </table>
    </div>
  );
}
