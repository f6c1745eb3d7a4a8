import type { Props } from '@theme/ArchCatalog/Figure';
import type { ReactNode } from 'react';
import styles from './styles.module.css';

/** A diagram (or what stands for it) in a framed box, with its caption below. */
export default function Figure({ caption, testId, children }: Props): ReactNode {
  return (
    <figure className={styles.figure} data-testid={testId}>
      {children}
      <figcaption className={styles.figcaption}>{caption}</figcaption>
    </figure>
  );
}
