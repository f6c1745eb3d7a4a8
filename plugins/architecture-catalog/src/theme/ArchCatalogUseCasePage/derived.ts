/**
 * Marks what the page shows about its documents (facts, the design's
 * tables, diagnostics, names and links) apart from their own text. A
 * site's search can skip it, so that a use case is found by, and quoted
 * from, the documents alone: `ignoreCssSelectors: ['.arch-catalog-derived']`
 * with `@easyops-cn/docusaurus-search-local`.
 */
export const DERIVED = 'arch-catalog-derived';
