import Link from '@docusaurus/Link';
import NoResults from '@theme/ArchCatalog/NoResults';
import Page from '@theme/ArchCatalog/Page';
import { useMemo, type ReactNode } from 'react';
import { canonicalFacet } from '../../views/search.js';
import type { IndexPageData } from '../../views/types.js';
import { plural } from '../../views/words.js';
import useQueryParams from '@theme/ArchCatalog/useQueryParams';
import BarChart from './BarChart.js';
import FilterForm from './FilterForm.js';
import {
  filterUseCases,
  SORT_KEYS,
  sortUseCases,
  type Filters,
  type SortDir,
  type SortKey,
} from './sort-use-cases.js';
import Pager from './Pager.js';
import { pageSlice } from './paging.js';
import UseCaseTable from './UseCaseTable.js';
import shared from '../ArchCatalog/styles.module.css';
import styles from './styles.module.css';

const FILTER_KEYS = ['pattern', 'tech', 'phase', 'state', 'radar', 'q'] as const;

function Summary({
  summary,
  validation,
}: {
  summary: IndexPageData['summary'];
  validation: string;
}) {
  return (
    <p className={styles.summary}>
      {plural(summary.useCases, 'use case')} · {plural(summary.documents, 'document')} ·{' '}
      <span
        className={summary.errors > 0 ? `${styles.summaryCount} ${shared.errorColors}` : undefined}
      >
        {summary.errors > 0 && <span aria-hidden="true">✖ </span>}
        {plural(summary.errors, 'error')}
      </span>{' '}
      ·{' '}
      <span
        className={
          summary.warnings > 0 ? `${styles.summaryCount} ${shared.warningColors}` : undefined
        }
      >
        {summary.warnings > 0 && <span aria-hidden="true">⚠ </span>}
        {plural(summary.warnings, 'warning')}
      </span>{' '}
      · <Link to={validation}>validation report</Link>
    </p>
  );
}

function NoMatch({ total, onClear }: { total: number; onClear?: () => void }): ReactNode {
  return (
    <NoResults>
      <p>
        {total === 0 ? 'The catalog has no use cases yet.' : 'No use case matches these filters.'}
      </p>
      {onClear && (
        <button type="button" className="button button--primary" onClick={onClear}>
          Clear filters
        </button>
      )}
    </NoResults>
  );
}

export default function ArchCatalogIndexPage({ data }: { data: IndexPageData }): ReactNode {
  const [params, setParams] = useQueryParams();
  const { facets } = data;
  // `?pattern=streaming`, `?tech=msk`: read in any case or spelling, shown canonically.
  const filters: Filters = {
    pattern: canonicalFacet(params.get('pattern') ?? '', facets.patterns, facets.synonyms),
    tech: canonicalFacet(params.get('tech') ?? '', facets.technologies, facets.synonyms),
    phase: params.get('phase') ?? '',
    state: params.get('state') ?? '',
    radar: params.get('radar') ?? '',
    q: params.get('q') ?? '',
  };
  const sortParam = params.get('sort') as SortKey | null;
  const sort: SortKey = sortParam && SORT_KEYS.includes(sortParam) ? sortParam : 'id';
  const dir: SortDir = params.get('dir') === 'desc' ? 'desc' : 'asc';
  const { pattern, tech, phase, state, radar, q } = filters;

  const shown = useMemo(
    () =>
      sortUseCases(
        filterUseCases(data.useCases, { pattern, tech, phase, state, radar, q }, facets.synonyms),
        sort,
        dir,
        facets.phases,
      ),
    [data.useCases, facets, pattern, tech, phase, state, radar, q, sort, dir],
  );

  const slice = pageSlice(shown.length, params.get('page'));
  const filtering = Boolean(pattern || tech || phase || state || radar || q);
  // Another filter or order starts again at the first page.
  const clearFilters = () =>
    setParams({ ...Object.fromEntries(FILTER_KEYS.map((key) => [key, null])), page: null });
  const toggleSort = (key: SortKey) =>
    setParams({ sort: key, dir: key === sort && dir === 'asc' ? 'desc' : 'asc', page: null });
  const pager = slice.pages > 1 && (
    <Pager
      slice={slice}
      total={shown.length}
      onPage={(page) => setParams({ page: page === 1 ? null : String(page) })}
    />
  );

  return (
    <Page
      title="Architecture catalog"
      description="Validated ML-system architecture designs: patterns, technologies and requirements per use case."
      links={data.links}
      wide
    >
      <Summary summary={data.summary} validation={data.links.validation} />
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
        <FilterForm
          facets={facets}
          filters={filters}
          filtering={filtering}
          onChange={(change) => setParams({ ...change, page: null })}
          onClear={clearFilters}
        />
        <p className={styles.count} aria-live="polite" data-testid="usecase-count">
          {shown.length} of {plural(data.useCases.length, 'use case')}
        </p>
        {shown.length === 0 ? (
          <NoMatch total={data.useCases.length} onClear={filtering ? clearFilters : undefined} />
        ) : (
          <>
            <UseCaseTable
              shown={shown.slice(slice.start, slice.end)}
              sort={sort}
              dir={dir}
              onSort={toggleSort}
            />
            {pager}
          </>
        )}
      </section>
    </Page>
  );
}
