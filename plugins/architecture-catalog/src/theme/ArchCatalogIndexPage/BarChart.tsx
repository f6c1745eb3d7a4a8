import Link from '@docusaurus/Link';
import type { ReactNode } from 'react';
import type { Count } from '../../views/types.js';
import VisuallyHidden from '@theme/ArchCatalog/VisuallyHidden';
import styles from './styles.module.css';

/** Counts as horizontal bars, each linking to what it counts. */
export default function BarChart({
  id,
  title,
  items,
  unit,
}: {
  id: string;
  title: string;
  items: Count[];
  unit: string;
}): ReactNode {
  const max = Math.max(1, ...items.map((item) => item.count));
  return (
    // A plain block, not a labelled region: "Pattern mix" must not become a
    // second accessible label matching "Pattern" beside the filter.
    <div className={styles.chart}>
      <h2 id={id} className={styles.chartTitle}>
        {title}
      </h2>
      {items.length === 0 ? (
        <p className={styles.muted}>Nothing to show yet.</p>
      ) : (
        <ul className={styles.bars}>
          {items.map((item) => (
            <li key={item.name}>
              <Link to={item.url} className={styles.barLink}>
                <span className={styles.barLabel}>{item.name}</span>
                <span className={styles.barTrack} aria-hidden="true">
                  <span
                    className={styles.bar}
                    style={{ width: `${Math.max(2, (item.count / max) * 100)}%` }}
                  />
                </span>
                <span className={styles.barValue}>
                  {item.count}
                  <VisuallyHidden>{` ${item.count === 1 ? unit : `${unit}s`}`}</VisuallyHidden>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
