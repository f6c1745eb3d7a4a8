import type { ReactNode } from 'react';
import styles from './styles.module.css';

/** Text for assistive technology only. */
export default function VisuallyHidden({ children }: { children: ReactNode }): ReactNode {
  return <span className={styles.visuallyHidden}>{children}</span>;
}
