/**
 * The catalog's theme kit, as `@theme/ArchCatalog/...` modules: small
 * components the catalog pages compose, each one swizzlable
 * (`docusaurus swizzle docusaurus-plugin-architecture-catalog ArchCatalog/DataTable`).
 */

declare module '@theme/ArchCatalog/Section' {
  import type { ReactNode } from 'react';

  export interface Props {
    /** The heading's id: the section's anchor. */
    readonly id: string;
    readonly title: ReactNode;
    readonly children?: ReactNode;
  }
  export default function Section(props: Props): ReactNode;
}

declare module '@theme/ArchCatalog/Empty' {
  import type { ReactNode } from 'react';

  export interface Props {
    readonly children: ReactNode;
  }
  export default function Empty(props: Props): ReactNode;
}

declare module '@theme/ArchCatalog/Muted' {
  import type { ReactNode } from 'react';

  export interface Props {
    readonly children: ReactNode;
  }
  export default function Muted(props: Props): ReactNode;
}

declare module '@theme/ArchCatalog/DataTable' {
  import type { ReactNode } from 'react';

  export interface Row {
    readonly key: string;
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
  }
  export default function DataTable(props: Props): ReactNode;
}

declare module '@theme/ArchCatalog/SeverityLabel' {
  import type { ReactNode } from 'react';
  import type { Severity } from 'docusaurus-plugin-architecture-catalog/engine';

  export interface Props {
    readonly severity: Severity;
  }
  export default function SeverityLabel(props: Props): ReactNode;
}

declare module '@theme/ArchCatalog/Diagnostics' {
  import type { ReactNode } from 'react';
  import type { DiagnosticList } from 'docusaurus-plugin-architecture-catalog/views';

  export interface Props {
    readonly list: DiagnosticList;
    readonly caption: string;
  }
  export default function Diagnostics(props: Props): ReactNode;
}

declare module '@theme/ArchCatalog/RequirementValue' {
  import type { ReactNode } from 'react';
  import type { Measure } from 'docusaurus-plugin-architecture-catalog/views';

  export interface Props {
    readonly measure: Measure;
  }
  export default function RequirementValue(props: Props): ReactNode;
}

declare module '@theme/ArchCatalog/TechnologyList' {
  import type { ReactNode } from 'react';
  import type { TechnologyLink } from 'docusaurus-plugin-architecture-catalog/views';

  export interface Props {
    readonly technologies: readonly TechnologyLink[];
  }
  export default function TechnologyList(props: Props): ReactNode;
}

declare module '@theme/ArchCatalog/VisuallyHidden' {
  import type { ReactNode } from 'react';

  export interface Props {
    readonly children: ReactNode;
  }
  export default function VisuallyHidden(props: Props): ReactNode;
}

declare module '@theme/ArchCatalog/Page' {
  import type { ReactNode } from 'react';
  import type { CatalogLinks } from 'docusaurus-plugin-architecture-catalog/views';

  export interface Props {
    readonly title: string;
    readonly description: string;
    /** The catalog's pages, for its navigation. */
    readonly links: CatalogLinks;
    /** Added to the main region's classes (a wider page). */
    readonly className?: string;
    readonly children?: ReactNode;
  }
  export default function Page(props: Props): ReactNode;
}

declare module '@theme/ArchCatalog/Nav' {
  import type { ReactNode } from 'react';
  import type { CatalogLinks } from 'docusaurus-plugin-architecture-catalog/views';

  export interface Props {
    readonly links: CatalogLinks;
  }
  export default function Nav(props: Props): ReactNode;
}

declare module '@theme/ArchCatalog/PatternBadge' {
  import type { ReactNode } from 'react';
  import type { Named } from 'docusaurus-plugin-architecture-catalog/views';

  export interface Props {
    readonly pattern: Named;
  }
  export default function PatternBadge(props: Props): ReactNode;
}

declare module '@theme/ArchCatalog/ValidationBadge' {
  import type { ReactNode } from 'react';
  import type { ValidationState } from 'docusaurus-plugin-architecture-catalog/views';

  export interface Props {
    readonly state: ValidationState;
    readonly errors: number;
    readonly warnings: number;
  }
  export default function ValidationBadge(props: Props): ReactNode;
}

declare module '@theme/ArchCatalog/useQueryParams' {
  /** A change to the address's query: a value sets its key, null removes it. */
  export type QueryUpdate = Record<string, string | null | undefined>;
  /** The address's query, and a function that changes it (keeping the rest). */
  export default function useQueryParams(): [URLSearchParams, (update: QueryUpdate) => void];
}
