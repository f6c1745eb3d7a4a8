import type { ReactNode } from 'react';
import type { IndexPageData, RadarFlag, ValidationState } from '../../views/types.js';
import type { Filters } from './sort-use-cases.js';
import styles from './styles.module.css';

const RADAR_LABELS: Record<RadarFlag, string> = {
  hold: 'Chooses one on hold',
  'off-radar': 'Chooses one off it',
};

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

/** The select filters, in order: the filter each sets, and the facet it offers. */
const SELECTS: readonly {
  key: Exclude<keyof Filters, 'q'>;
  label: string;
  options: 'patterns' | 'technologies' | 'phases' | 'validation' | 'radar';
  labelFor?: (option: string) => string;
}[] = [
  { key: 'pattern', label: 'Pattern', options: 'patterns' },
  { key: 'tech', label: 'Technology', options: 'technologies' },
  { key: 'phase', label: 'Phase', options: 'phases' },
  {
    key: 'state',
    label: 'Validation',
    options: 'validation',
    labelFor: (option) => VALIDATION_LABELS[option as ValidationState] ?? option,
  },
  {
    key: 'radar',
    label: 'Radar',
    options: 'radar',
    labelFor: (option) => RADAR_LABELS[option as RadarFlag] ?? option,
  },
];

/** The index's filters: pattern, technology, phase, validation, radar (with one) and free text. */
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
      {SELECTS.filter(({ options }) => facets[options].length > 0).map(
        ({ key, label, options, labelFor }) => (
          <FilterSelect
            key={key}
            id={`filter-${key}`}
            label={label}
            value={filters[key]}
            options={facets[options]}
            labelFor={labelFor}
            onChange={(value) => onChange({ [key]: value })}
          />
        ),
      )}
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
