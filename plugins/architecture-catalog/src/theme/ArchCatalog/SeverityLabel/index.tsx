import type { Props } from '@theme/ArchCatalog/SeverityLabel';
import type { ReactNode } from 'react';
import shared from '../styles.module.css';
import styles from './styles.module.css';

const SEVERITY = {
  error: { icon: '✖', label: 'Error', className: shared.errorColors },
  warning: { icon: '⚠', label: 'Warning', className: shared.warningColors },
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
