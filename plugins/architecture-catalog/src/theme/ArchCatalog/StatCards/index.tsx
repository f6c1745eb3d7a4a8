import type { Props } from '@theme/ArchCatalog/StatCards';
import type { ReactNode } from 'react';
import styles from './styles.module.css';

/** Figures side by side, each a label over a large value. */
export default function StatCards({ items }: Props): ReactNode {
  return (
    <dl className={styles.cards}>
      {items.map((item) => (
        <div key={item.key} className={styles.card}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
