import type { Props } from '@theme/ArchCatalog/SeverityLabel';
import type { ReactNode } from 'react';
import styles from './styles.module.css';

const SEVERITY = {
  error: { icon: '✖', label: 'Error', className: styles.error },
  warning: { icon: '⚠', label: 'Warning', className: styles.warning },
} as const;

/** A severity as an icon and a word, never colour alone. */
export default function SeverityLabel({ severity }: Props): ReactNode {
  const shown = SEVERITY[severity];
  return (
    <span className={`${styles.severity} ${shown.className ?? ''}`}>
      <span aria-hidden="true">{shown.icon}</span> {shown.label}
    </span>
  );
}
