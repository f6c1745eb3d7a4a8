import type { ReactNode } from 'react';
import type { PageSlice } from './paging.js';
import styles from './styles.module.css';

const figure = (value: number): string => value.toLocaleString('en');

/** "Showing 101–200 of 1,000", with the previous and next pages. */
export default function Pager({
  slice,
  total,
  onPage,
}: {
  slice: PageSlice;
  total: number;
  onPage: (page: number) => void;
}): ReactNode {
  const { page, pages, start, end } = slice;
  return (
    <nav className={styles.pager} aria-label="Pages of use cases" data-testid="usecase-pager">
      <button
        type="button"
        className="button button--sm button--secondary"
        disabled={page === 1}
        onClick={() => onPage(page - 1)}
      >
        ← Previous
      </button>
      <span aria-live="polite">
        Showing {figure(start + 1)}–{figure(end)} of {figure(total)} · page {page} of {pages}
      </span>
      <button
        type="button"
        className="button button--sm button--secondary"
        disabled={page === pages}
        onClick={() => onPage(page + 1)}
      >
        Next →
      </button>
    </nav>
  );
}
