/**
 * The catalog's theme kit, as `@theme/ArchCatalog/...` modules: small
 * components the catalog pages compose, each one swizzlable
 * (`docusaurus swizzle docusaurus-plugin-architecture-catalog ArchCatalog/DataTable`).
 */

declare module '@theme/ArchCatalog/types' {
  import type { ReactNode } from 'react';

  /** A kit part: a component from its props to what it renders. */
  export type Part<Props> = (props: Props) => ReactNode;
  /** The props of a part that wraps what it is given. */
  export interface ChildrenProps {
    readonly children: ReactNode;
  }
}

declare module '@theme/ArchCatalog/Section' {
  import type { Part } from '@theme/ArchCatalog/types';
  import type { ReactNode } from 'react';

  export interface Props {
    /** The heading's id: the section's anchor. */
    readonly id: string;
    readonly title: ReactNode;
    readonly children?: ReactNode;
  }
  const Section: Part<Props>;
  export default Section;
}

declare module '@theme/ArchCatalog/Empty' {
  import type { ChildrenProps, Part } from '@theme/ArchCatalog/types';

  export type Props = ChildrenProps;
  const Empty: Part<Props>;
  export default Empty;
}

declare module '@theme/ArchCatalog/Muted' {
  import type { ChildrenProps, Part } from '@theme/ArchCatalog/types';

  export type Props = ChildrenProps;
  const Muted: Part<Props>;
  export default Muted;
}

declare module '@theme/ArchCatalog/RingBadge' {
  import type { Part } from '@theme/ArchCatalog/types';

  export interface Props {
    readonly ring: 'adopt' | 'trial' | 'assess' | 'hold';
    /** A dot instead of the word, for dense tables. */
    readonly compact?: boolean;
  }
  const RingBadge: Part<Props>;
  export default RingBadge;
}

declare module '@theme/ArchCatalog/RadarPolicy' {
  import type { Part } from '@theme/ArchCatalog/types';

  export interface Props {
    readonly reason: string | null;
    readonly replacedBy: { readonly name: string; readonly url: string } | null;
  }
  const RadarPolicy: Part<Props>;
  export default RadarPolicy;
}

declare module '@theme/ArchCatalog/ChangeList' {
  import type { Part } from '@theme/ArchCatalog/types';

  export interface Props {
    readonly changes: readonly { readonly label: string; readonly text: string }[];
  }
  const ChangeList: Part<Props>;
  export default ChangeList;
}

declare module '@theme/ArchCatalog/DataTable' {
  import type { Part } from '@theme/ArchCatalog/types';
  import type { ReactNode } from 'react';

  export interface Row {
    /** React's key for the row; by default its place in the table. */
    readonly key?: string;
    readonly cells: readonly ReactNode[];
    /** A class for each data cell, by column. */
    readonly cellClassNames?: readonly (string | undefined)[];
  }
  export interface RowGroup {
    readonly key: string;
    /** The group's header cell, first in its first row (`<th scope="rowgroup">`). */
    readonly header: ReactNode;
    readonly rows: readonly Row[];
  }
  export interface Props {
    readonly caption: ReactNode;
    /** Every column, a group's header column included. */
    readonly columns: readonly ReactNode[];
    readonly rows?: readonly Row[];
    /** Rows in groups, each in its own `tbody`, instead of `rows`. */
    readonly groups?: readonly RowGroup[];
    /** Whether each row's first cell heads the row (`<th scope="row">`). */
    readonly rowHeaders?: boolean;
    /** Added to the table's own class, for a page's variations. */
    readonly className?: string;
    /** Shown, as an `Empty` note, instead of a table without rows. */
    readonly empty?: ReactNode;
  }
  const DataTable: Part<Props>;
  export default DataTable;
}

declare module '@theme/ArchCatalog/TableBox' {
  import type { Part } from '@theme/ArchCatalog/types';
  import type { ReactNode } from 'react';

  export interface Props {
    /** Added to the table's own class. */
    readonly className?: string;
    /** `data-testid` of the table, for end-to-end tests. */
    readonly testId?: string;
    /** The table's caption, column groups, head and bodies. */
    readonly children: ReactNode;
  }
  const TableBox: Part<Props>;
  export default TableBox;
}

declare module '@theme/ArchCatalog/SeverityLabel' {
  import type { Part } from '@theme/ArchCatalog/types';
  import type { Severity } from 'docusaurus-plugin-architecture-catalog/engine';

  export interface Props {
    readonly severity: Severity;
  }
  const SeverityLabel: Part<Props>;
  export default SeverityLabel;
}

declare module '@theme/ArchCatalog/Diagnostics' {
  import type { Part } from '@theme/ArchCatalog/types';
  import type { DiagnosticList } from 'docusaurus-plugin-architecture-catalog/views';

  export interface Props {
    readonly list: DiagnosticList;
    readonly caption: string;
  }
  const Diagnostics: Part<Props>;
  export default Diagnostics;
}

declare module '@theme/ArchCatalog/RequirementValue' {
  import type { Part } from '@theme/ArchCatalog/types';
  import type { Measure } from 'docusaurus-plugin-architecture-catalog/views';

  export interface Props {
    readonly measure: Measure;
  }
  const RequirementValue: Part<Props>;
  export default RequirementValue;
}

declare module '@theme/ArchCatalog/TechnologyList' {
  import type { Part } from '@theme/ArchCatalog/types';
  import type { TechnologyLink } from 'docusaurus-plugin-architecture-catalog/views';

  export interface Props {
    readonly technologies: readonly TechnologyLink[];
  }
  const TechnologyList: Part<Props>;
  export default TechnologyList;
}

declare module '@theme/ArchCatalog/VisuallyHidden' {
  import type { ChildrenProps, Part } from '@theme/ArchCatalog/types';

  export type Props = ChildrenProps;
  const VisuallyHidden: Part<Props>;
  export default VisuallyHidden;
}

declare module '@theme/ArchCatalog/Page' {
  import type { Part } from '@theme/ArchCatalog/types';
  import type { ReactNode } from 'react';
  import type { CatalogLinks, TocEntry } from 'docusaurus-plugin-architecture-catalog/views';

  export interface Props {
    readonly title: string;
    readonly description: string;
    /** The catalog's pages, for its navigation. */
    readonly links: CatalogLinks;
    /** Whether the page may use more of a large screen (wide tables). */
    readonly wide?: boolean;
    /** What heads the page, instead of an `h1` of its title. */
    readonly header?: ReactNode;
    /** A table of contents beside the page (entry values are HTML, escaped by the view). */
    readonly toc?: readonly TocEntry[];
    readonly children?: ReactNode;
  }
  const Page: Part<Props>;
  export default Page;
}

declare module '@theme/ArchCatalog/Nav' {
  import type { Part } from '@theme/ArchCatalog/types';
  import type { CatalogLinks } from 'docusaurus-plugin-architecture-catalog/views';

  export interface Props {
    readonly links: CatalogLinks;
  }
  const Nav: Part<Props>;
  export default Nav;
}

declare module '@theme/ArchCatalog/PatternBadge' {
  import type { Part } from '@theme/ArchCatalog/types';
  import type { Named } from 'docusaurus-plugin-architecture-catalog/views';

  export interface Props {
    readonly pattern: Named;
  }
  const PatternBadge: Part<Props>;
  export default PatternBadge;
}

declare module '@theme/ArchCatalog/ValidationBadge' {
  import type { Part } from '@theme/ArchCatalog/types';
  import type { ValidationState } from 'docusaurus-plugin-architecture-catalog/views';

  export interface Props {
    readonly state: ValidationState;
    readonly errors: number;
    readonly warnings: number;
  }
  const ValidationBadge: Part<Props>;
  export default ValidationBadge;
}

declare module '@theme/ArchCatalog/useQueryParams' {
  /** A change to the address's query: a value sets its key, null removes it. */
  export type QueryUpdate = Record<string, string | null | undefined>;
  /** The address's query, and a function that changes it (keeping the rest). */
  export default function useQueryParams(): [URLSearchParams, (update: QueryUpdate) => void];
}

declare module '@theme/ArchCatalog/Figure' {
  import type { Part } from '@theme/ArchCatalog/types';
  import type { ReactNode } from 'react';

  export interface Props {
    readonly caption: ReactNode;
    /** `data-testid` of the figure, for end-to-end tests. */
    readonly testId?: string;
    readonly children: ReactNode;
  }
  const Figure: Part<Props>;
  export default Figure;
}

declare module '@theme/ArchCatalog/Diagram' {
  import type { Part } from '@theme/ArchCatalog/types';

  export interface Props {
    /** Mermaid source. */
    readonly value: string;
    /** Names the diagram in its full-size dialog. */
    readonly label: string;
  }
  const Diagram: Part<Props>;
  export default Diagram;
}

declare module '@theme/ArchCatalog/StatCards' {
  import type { Part } from '@theme/ArchCatalog/types';
  import type { ReactNode } from 'react';

  export interface Props {
    readonly items: readonly { key: string; label: ReactNode; value: ReactNode }[];
  }
  const StatCards: Part<Props>;
  export default StatCards;
}

declare module '@theme/ArchCatalog/NoResults' {
  import type { ChildrenProps, Part } from '@theme/ArchCatalog/types';

  export type Props = ChildrenProps;
  const NoResults: Part<Props>;
  export default NoResults;
}
