import { toHtml } from 'hast-util-to-html';
import type { RenderedDocuments } from './rendered-documents.js';

/** An entry of a page's table of contents, as the theme's `TOC` takes it. */
export interface TocEntry {
  /** HTML: the theme's `TOC` inserts it as markup, so document text is escaped here. */
  value: string;
  /** The id of the element it leads to. */
  id: string;
  /** 2 for the page's sections, deeper for what they hold. */
  level: number;
}

/** The sections of a use case's page that hold its design, in page order. */
const DESIGN_SECTIONS = [
  ['requirements', 'Requirements'],
  ['constraints', 'Constraints'],
  ['pattern-rationale', 'Pattern rationale'],
  ['pattern-diagram', 'Pattern diagram'],
  ['component-design', 'Component design'],
  ['technology-choices', 'Technology choices'],
  ['integration-points', 'Integration points'],
  ['risks', 'Risks and mitigations'],
  ['alternatives', 'Alternatives considered'],
] as const;

const asHtml = (text: string): string => toHtml({ type: 'text', value: text });

/**
 * The use case's page at a glance: its sections, then each document with
 * the `##` headings it has (the `#` heading is the document's title, and
 * deeper ones would make the list longer than the page is useful).
 */
export function useCaseToc(
  hasDesign: boolean,
  diagrams: number,
  documentPaths: readonly { path: string; label: string }[],
  documents: RenderedDocuments,
  hasHistory = false,
): TocEntry[] {
  const design = hasDesign
    ? DESIGN_SECTIONS.map(([id, title]) => ({
        value: id === 'pattern-diagram' && diagrams > 1 ? 'Pattern diagrams' : title,
        id,
        level: 2,
      }))
    : [];
  const documentEntries = documentPaths.flatMap(({ path, label }) => {
    const entry = documents.get(path);
    if (!entry) return [];
    const headings = 'headings' in entry.content ? entry.content.headings : [];
    return [
      { value: asHtml(label), id: entry.anchor, level: 3 },
      ...headings
        .filter((heading) => heading.depth === 2)
        .map((heading) => ({ value: asHtml(heading.text), id: heading.id, level: 4 })),
    ];
  });
  return [
    ...design,
    { value: 'Validation', id: 'diagnostics', level: 2 },
    ...(hasHistory ? [{ value: 'History', id: 'history', level: 2 }] : []),
    { value: 'Documents', id: 'documents', level: 2 },
    ...documentEntries,
  ];
}
