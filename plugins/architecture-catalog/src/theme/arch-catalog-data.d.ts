/**
 * The theme kit's parts that show catalog data (tables, diagnostics,
 * requirements, technologies, badges), as `@theme/ArchCatalog/...` modules.
 * The kit's types and layout parts are in `arch-catalog-theme.d.ts`.
 */

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
