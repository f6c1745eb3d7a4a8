import type { Props } from '@theme/ArchCatalog/ChangeList';
import type { ReactNode } from 'react';

/** What a change did, a line per fact: `Latency tightened: p99 < 50 ms → p99 < 20 ms`. */
export default function ChangeList({ changes }: Props): ReactNode {
  return (
    <ul>
      {changes.map((change, i) => (
        <li key={i}>
          <strong>{change.label}:</strong> {change.text}
        </li>
      ))}
    </ul>
  );
}
