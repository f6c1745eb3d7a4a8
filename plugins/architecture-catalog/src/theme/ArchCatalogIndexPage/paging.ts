/** Rows per page of the index: a thousand rows are a slow page to download and to scroll. */
export const PAGE_SIZE = 100;

export interface PageSlice {
  /** 1-based, within 1..pages. */
  page: number;
  pages: number;
  /** The rows shown: `rows.slice(start, end)`. */
  start: number;
  end: number;
}

/** The page of `total` rows to show for a requested page (any text from the URL), clamped. */
export function pageSlice(total: number, requested: string | null, size = PAGE_SIZE): PageSlice {
  const pages = Math.max(1, Math.ceil(total / size));
  const wanted = Number.parseInt(requested ?? '', 10);
  const page = Number.isFinite(wanted) ? Math.min(Math.max(wanted, 1), pages) : 1;
  const start = (page - 1) * size;
  return { page, pages, start, end: Math.min(start + size, total) };
}
