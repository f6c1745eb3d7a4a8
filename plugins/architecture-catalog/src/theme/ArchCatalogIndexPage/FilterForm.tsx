import type { ReactNode } from 'react';
import type { IndexPageData, ValidationState } from '../../views/types.js';
import type { Filters } from './sort-use-cases.js';
import styles from './styles.module.css';

const VALIDATION_LABELS: Record<ValidationState, string> = {
  valid: 'Valid',
  warnings: 'Warnings',
  errors: 'Errors',
  'no-design': 'No design',
};

function FilterSelect({
  id,
  label,
  value,
  options,
  labelFor,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: string[];
  labelFor?: (option: string) => string;
  onChange: (value: string) => void;
}): ReactNode {
  // A value from the URL that no option carries still shows as selected.
  const all = value && !options.includes(value) ? [...options, value] : options;
  return (
    <div className={styles.filter}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Any</option>
        {all.map((option) => (
          <option key={option} value={option}>
            {labelFor ? labelFor(option) : option}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The index's filters: pattern, technology, phase, validation and free text. */
export default function FilterForm({
  facets,
  filters,
  filtering,
  onChange,
  onClear,
}: {
  facets: IndexPageData['facets'];
  filters: Filters;
  filtering: boolean;
  onChange: (change: Partial<Filters>) => void;
  onClear: () => void;
}): ReactNode {
  return (
    <form
      className={styles.filters}
      role="search"
      aria-label="Filter use cases"
      onSubmit={(e) => e.preventDefault()}
    >
      <FilterSelect
        id="filter-pattern"
        label="Pattern"
        value={filters.pattern}
        options={facets.patterns}
        onChange={(value) => onChange({ pattern: value })}
      />
      <FilterSelect
        id="filter-tech"
        label="Technology"
        value={filters.tech}
        options={facets.technologies}
        onChange={(value) => onChange({ tech: value })}
      />
      <FilterSelect
        id="filter-phase"
        label="Phase"
        value={filters.phase}
        options={facets.phases}
        onChange={(value) => onChange({ phase: value })}
      />
      <FilterSelect
        id="filter-state"
        label="Validation"
        value={filters.state}
        options={facets.validation}
        labelFor={(option) => VALIDATION_LABELS[option as ValidationState] ?? option}
        onChange={(value) => onChange({ state: value })}
      />
      <div className={`${styles.filter} ${styles.filterText}`}>
        <label htmlFor="filter-q">Search</label>
        <input
          id="filter-q"
          type="search"
          value={filters.q}
          placeholder="ID, name, technology, pattern"
          autoComplete="off"
          onChange={(e) => onChange({ q: e.target.value })}
        />
      </div>
      {filtering && (
        <button
          type="button"
          className={`button button--secondary button--sm ${styles.clear}`}
          onClick={onClear}
        >
          Clear filters
        </button>
      )}
    </form>
  );
}
