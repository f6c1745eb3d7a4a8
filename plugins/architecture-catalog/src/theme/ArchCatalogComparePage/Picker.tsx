import type { ReactNode } from 'react';
import type { CompareEntry } from '../../views/types.js';
import styles from './styles.module.css';

/** Checkboxes for the use cases to compare, at most `max`. */
export default function Picker({
  useCases,
  selected,
  max,
  onChange,
}: {
  useCases: CompareEntry[];
  selected: string[];
  max: number;
  onChange: (ids: string[]) => void;
}): ReactNode {
  const full = selected.length >= max;
  return (
    <fieldset className={styles.picker}>
      <legend>
        Use cases to compare <span className={styles.hint}>(pick 2 to 4)</span>
      </legend>
      <p className={styles.hint} id="compare-picker-status" aria-live="polite">
        {selected.length} of {max} selected
        {full ? ': unselect one to pick another.' : '.'}
      </p>
      <ul className={styles.pickerList}>
        {useCases.map((uc) => {
          const checked = selected.includes(uc.id);
          const id = `compare-pick-${uc.id}`;
          return (
            <li key={uc.id}>
              <input
                type="checkbox"
                id={id}
                checked={checked}
                disabled={!checked && full}
                aria-describedby={!checked && full ? 'compare-picker-status' : undefined}
                onChange={() =>
                  onChange(checked ? selected.filter((s) => s !== uc.id) : [...selected, uc.id])
                }
              />
              <label htmlFor={id}>
                <span className={styles.pickId}>{uc.id}</span> {uc.name}
              </label>
            </li>
          );
        })}
      </ul>
      {selected.length > 0 && (
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() => onChange([])}
        >
          Clear selection
        </button>
      )}
    </fieldset>
  );
}
