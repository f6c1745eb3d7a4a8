import type { ReactNode } from 'react';
import VisuallyHidden from '@theme/ArchCatalog/VisuallyHidden';
import styles from './styles.module.css';

/** An empty cell: a dash (or a phrase) that screen readers read as "none". */
export default function None({ text = '—' }: { text?: string }): ReactNode {
  return (
    <span className={styles.none}>
      <span aria-hidden="true">{text}</span>
      <VisuallyHidden>none</VisuallyHidden>
    </span>
  );
}
