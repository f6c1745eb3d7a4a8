import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { Named } from '../../views/types.js';
import styles from './styles.module.css';

/** A pattern name as a badge linking to the pattern's page. */
export default function PatternBadge({ pattern }: { pattern: Named }): ReactNode {
  return (
    <Link to={pattern.url} className={`badge badge--primary ${styles.patternBadge}`}>
      {pattern.name}
    </Link>
  );
}
