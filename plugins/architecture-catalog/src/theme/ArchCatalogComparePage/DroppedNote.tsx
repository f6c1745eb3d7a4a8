import type { ReactNode } from 'react';
import type { DroppedId } from '../../views/compare.js';
import styles from './styles.module.css';

/** Says which ids of the address are not compared, and why. */
export default function DroppedNote({ dropped }: { dropped: DroppedId[] }): ReactNode {
  return (
    <div className={styles.guidance} role="status">
      <p>Left out of the comparison:</p>
      <ul>
        {dropped.map(({ id, reason }, i) => (
          <li key={`${id}-${i}`}>
            <strong>{id}</strong>: {reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
