import { useMemo, type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import type {
  Count,
  IndexPageData,
  RequirementKey,
  UseCaseSummary,
  ValidationState,
} from '../../views/types.js';
import { canonicalFacet, matchesQuery } from '../../views/search.js';
import { REQUIREMENT_LABELS } from '../../views/types.js';
import Nav from '../ArchCatalog/Nav.js';
import PatternBadge from '../ArchCatalog/PatternBadge.js';
import ValidationBadge from '../ArchCatalog/ValidationBadge.js';
import VisuallyHidden from '../ArchCatalog/VisuallyHidden.js';
import useQueryParams from '../ArchCatalog/useQueryParams.js';
import shared from '../ArchCatalog/styles.module.css';
import styles from './styles.module.css';

const VALIDATION_LABELS: Record<ValidationState, string> = {
  valid: 'Valid',
  warnings: 'Warnings',
  errors: 'Errors',
  'no-design': 'No design',
};
const VALIDATION_RANK: Record<ValidationState, number> = {
  valid: 0,
  warnings: 1,
  errors: 2,
  'no-design': 3,
};

const REQUIREMENT_KEYS: RequirementKey[] = ['latency', 'throughput', 'availability', 'freshness'];

type SortKey = 'id' | 'name' | 'patterns' | 'phase' | 'status' | RequirementKey | 'validation';
type SortDir = 'asc' | 'desc';

const SORT_KEYS: readonly SortKey[] = [
  'id',
  'name',
  'patterns',
  'phase',
  'status',
  ...REQUIREMENT_KEYS,
  'validation',
];

const FILTER_KEYS = ['pattern', 'tech', 'phase', 'state', 'q'] as const;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Compares two use cases on `key`; `null` means "unknown", kept last whatever the direction. */
function sortValue(uc: UseCaseSummary, key: SortKey, phases: string[]): string | number | null {
  switch (key) {
    case 'id':
      return uc.id;
    case 'name':
      return uc.name;
    case 'patterns':
      return uc.patterns.length ? uc.patterns.map((p) => p.name).join(', ') : null;
    case 'phase': {
      if (uc.phase == null) return null;
      const index = phases.indexOf(uc.phase);
      return index === -1 ? phases.length : index;
    }
    case 'status':
      return uc.status || null;
    case 'validation':
      return VALIDATION_RANK[uc.validation] * 10_000 + uc.errors * 100 + uc.warnings;
    default:
      return uc.requirements[key].value;
  }
}

function sortUseCases(
  list: UseCaseSummary[],
  key: SortKey,
  dir: SortDir,
  phases: string[],
): UseCaseSummary[] {
  const sign = dir === 'asc' ? 1 : -1;
  return list
    .map((uc) => ({ uc, v: sortValue(uc, key, phases) }))
    .sort((a, b) => {
      if (a.v == null || b.v == null) {
        if (a.v == null && b.v == null) return collator.compare(a.uc.id, b.uc.id);
        return a.v == null ? 1 : -1;
      }
      const c =
        typeof a.v === 'number' && typeof b.v === 'number'
          ? a.v - b.v
          : collator.compare(String(a.v), String(b.v));
      return c !== 0 ? sign * c : collator.compare(a.uc.id, b.uc.id);
    })
    .map(({ uc }) => uc);
}

function BarChart({
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

const COLUMNS: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'id', label: 'ID' },
  { key: 'name', label: 'Name' },
  { key: 'patterns', label: 'Patterns' },
  { key: 'phase', label: 'Phase' },
  { key: 'status', label: 'Status' },
  ...REQUIREMENT_KEYS.map((key) => ({ key, label: REQUIREMENT_LABELS[key], numeric: true })),
  { key: 'validation', label: 'Validation' },
];

export default function ArchCatalogIndexPage({ data }: { data: IndexPageData }): ReactNode {
  const [params, setParams] = useQueryParams();
  const { synonyms } = data.facets;
  // `?pattern=streaming`, `?tech=msk`: read in any case or spelling, shown canonically.
  const pattern = canonicalFacet(params.get('pattern') ?? '', data.facets.patterns, synonyms);
  const tech = canonicalFacet(params.get('tech') ?? '', data.facets.technologies, synonyms);
  const phase = params.get('phase') ?? '';
  const state = params.get('state') ?? '';
  const q = params.get('q') ?? '';
  const sortParam = params.get('sort') as SortKey | null;
  const sort: SortKey = sortParam && SORT_KEYS.includes(sortParam) ? sortParam : 'id';
  const dir: SortDir = params.get('dir') === 'desc' ? 'desc' : 'asc';

  const shown = useMemo(() => {
    const filtered = data.useCases.filter(
      (uc) =>
        (!pattern || uc.patterns.some((p) => p.name === pattern)) &&
        (!tech || uc.technologies.includes(tech)) &&
        (!phase || uc.phase === phase) &&
        (!state || uc.validation === state) &&
        matchesQuery(uc, q, synonyms),
    );
    return sortUseCases(filtered, sort, dir, data.facets.phases);
  }, [data, synonyms, pattern, tech, phase, state, q, sort, dir]);

  const filtering = Boolean(pattern || tech || phase || state || q);
  const clearFilters = () => setParams(Object.fromEntries(FILTER_KEYS.map((key) => [key, null])));
  const toggleSort = (key: SortKey) =>
    setParams({ sort: key, dir: key === sort && dir === 'asc' ? 'desc' : 'asc' });

  const { summary } = data;
  return (
    <Layout
      title="Architecture catalog"
      description="Validated ML-system architecture designs: patterns, technologies and requirements per use case."
    >
      <main className={`container margin-vert--lg ${styles.wide}`}>
        <Nav links={data.links} />
        <h1>Architecture catalog</h1>
        <p className={styles.summary}>
          {plural(summary.useCases, 'use case')} · {plural(summary.documents, 'document')} ·{' '}
          <span className={summary.errors > 0 ? styles.summaryErrors : undefined}>
            {summary.errors > 0 && <span aria-hidden="true">✖ </span>}
            {plural(summary.errors, 'error')}
          </span>{' '}
          ·{' '}
          <span className={summary.warnings > 0 ? styles.summaryWarnings : undefined}>
            {summary.warnings > 0 && <span aria-hidden="true">⚠ </span>}
            {plural(summary.warnings, 'warning')}
          </span>{' '}
          · <Link to={data.links.validation}>validation report</Link>
        </p>

        <div className={styles.charts}>
          <BarChart
            id="chart-pattern-mix"
            title="Pattern mix"
            items={data.charts.patternMix}
            unit="use case"
          />
          <BarChart
            id="chart-top-technologies"
            title="Top technologies"
            items={data.charts.topTechnologies}
            unit="use case"
          />
        </div>

        <section aria-labelledby="usecases-heading">
          <h2 id="usecases-heading">Use cases</h2>
          <form
            className={styles.filters}
            role="search"
            aria-label="Filter use cases"
            onSubmit={(e) => e.preventDefault()}
          >
            <FilterSelect
              id="filter-pattern"
              label="Pattern"
              value={pattern}
              options={data.facets.patterns}
              onChange={(value) => setParams({ pattern: value })}
            />
            <FilterSelect
              id="filter-tech"
              label="Technology"
              value={tech}
              options={data.facets.technologies}
              onChange={(value) => setParams({ tech: value })}
            />
            <FilterSelect
              id="filter-phase"
              label="Phase"
              value={phase}
              options={data.facets.phases}
              onChange={(value) => setParams({ phase: value })}
            />
            <FilterSelect
              id="filter-state"
              label="Validation"
              value={state}
              options={data.facets.validation}
              labelFor={(option) => VALIDATION_LABELS[option as ValidationState] ?? option}
              onChange={(value) => setParams({ state: value })}
            />
            <div className={`${styles.filter} ${styles.filterText}`}>
              <label htmlFor="filter-q">Search</label>
              <input
                id="filter-q"
                type="search"
                value={q}
                placeholder="ID, name, technology, pattern"
                autoComplete="off"
                onChange={(e) => setParams({ q: e.target.value })}
              />
            </div>
            {filtering && (
              <button
                type="button"
                className={`button button--secondary button--sm ${styles.clear}`}
                onClick={clearFilters}
              >
                Clear filters
              </button>
            )}
          </form>

          <p className={styles.count} aria-live="polite" data-testid="usecase-count">
            {shown.length} of {plural(data.useCases.length, 'use case')}
          </p>

          {shown.length === 0 ? (
            <div className={styles.empty}>
              <p>
                {data.useCases.length === 0
                  ? 'The catalog has no use cases yet.'
                  : 'No use case matches these filters.'}
              </p>
              {filtering && (
                <button type="button" className="button button--primary" onClick={clearFilters}>
                  Clear filters
                </button>
              )}
            </div>
          ) : (
            <div className={styles.tableWrap}>
              <table className={styles.table}>
                <caption className={shared.visuallyHidden}>
                  Use cases, sorted by {COLUMNS.find((c) => c.key === sort)?.label ?? sort},{' '}
                  {dir === 'asc' ? 'ascending' : 'descending'}
                </caption>
                <thead>
                  <tr>
                    {COLUMNS.map((column) => {
                      const active = column.key === sort;
                      return (
                        <th
                          key={column.key}
                          scope="col"
                          aria-sort={
                            active ? (dir === 'asc' ? 'ascending' : 'descending') : undefined
                          }
                          className={column.numeric ? styles.numeric : undefined}
                        >
                          <button
                            type="button"
                            className={styles.sortButton}
                            onClick={() => toggleSort(column.key)}
                          >
                            {column.label}
                            <span aria-hidden="true" className={styles.sortIcon}>
                              {active ? (dir === 'asc' ? '▲' : '▼') : '↕'}
                            </span>
                          </button>
                        </th>
                      );
                    })}
                  </tr>
                </thead>
                <tbody>
                  {shown.map((uc) => (
                    <tr key={uc.id} data-testid="usecase-row" data-id={uc.id}>
                      <th scope="row" className={styles.idCell}>
                        <Link to={uc.url}>{uc.id}</Link>
                      </th>
                      <td>{uc.name}</td>
                      <td>
                        {uc.patterns.length ? (
                          uc.patterns.map((p) => <PatternBadge key={p.name} pattern={p} />)
                        ) : (
                          <span className={styles.muted}>—</span>
                        )}
                      </td>
                      <td>{uc.phase ?? <span className={styles.muted}>—</span>}</td>
                      <td>{uc.status || <span className={styles.muted}>—</span>}</td>
                      {REQUIREMENT_KEYS.map((key) => (
                        <td key={key} className={styles.numeric}>
                          {uc.requirements[key].value == null ? (
                            <span className={styles.muted}>{uc.requirements[key].display}</span>
                          ) : (
                            uc.requirements[key].display
                          )}
                        </td>
                      ))}
                      <td>
                        <ValidationBadge
                          state={uc.validation}
                          errors={uc.errors}
                          warnings={uc.warnings}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </main>
    </Layout>
  );
}
