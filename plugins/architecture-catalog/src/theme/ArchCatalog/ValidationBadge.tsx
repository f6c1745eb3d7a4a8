import type { ReactNode } from 'react';
import type { ValidationState } from '../../views/types.js';
import { plural } from '../../views/words.js';
import styles from './styles.module.css';

/** The validation outcome of a use case: an icon plus text, never colour alone. */
export default function ValidationBadge({
  state,
  errors,
  warnings,
}: {
  state: ValidationState;
  errors: number;
  warnings: number;
}): ReactNode {
  let icon: string;
  let text: string;
  let title: string;
  switch (state) {
    case 'valid':
      icon = '✓';
      text = 'valid';
      title = 'Valid: no errors, no warnings';
      break;
    case 'warnings':
      icon = '⚠';
      text = plural(warnings, 'warning');
      title = `${plural(warnings, 'warning')}, no errors`;
      break;
    case 'errors':
      icon = '✖';
      text = plural(errors, 'error');
      title = warnings > 0 ? `${plural(errors, 'error')}, ${plural(warnings, 'warning')}` : text;
      break;
    default:
      icon = '–';
      text = 'no design';
      title = 'No architecture design yet';
  }
  return (
    <span
      className={`${styles.validation} ${styles[`validation-${state}`] ?? ''}`}
      title={title}
      data-state={state}
    >
      <span aria-hidden="true" className={styles.validationIcon}>
        {icon}
      </span>{' '}
      {text}
    </span>
  );
}
