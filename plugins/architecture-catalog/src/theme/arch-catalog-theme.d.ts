/**
 * The catalog's theme kit, as `@theme/ArchCatalog/...` modules: small
 * components the catalog pages compose, each one swizzlable
 * (`docusaurus swizzle docusaurus-plugin-architecture-catalog ArchCatalog/DataTable`).
 * Here the kit's types and layout parts; the parts that show catalog data
 * are in `arch-catalog-data.d.ts`.
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

declare module '@theme/ArchCatalog/VisuallyHidden' {
  import type { ChildrenProps, Part } from '@theme/ArchCatalog/types';

  export type Props = ChildrenProps;
  const VisuallyHidden: Part<Props>;
  export default VisuallyHidden;
}

declare module '@theme/ArchCatalog/Page' {
  import type { Part } from '@theme/ArchCatalog/types';
  import type { ReactNode } from 'react';
  import type { CatalogLinks } from 'docusaurus-plugin-architecture-catalog/views';

  export interface Props {
    readonly title: string;
    readonly description: string;
    /** The catalog's pages, for its navigation. */
    readonly links: CatalogLinks;
    /** Whether the page may use more of a large screen (wide tables). */
    readonly wide?: boolean;
    /** What heads the page, instead of an `h1` of its title. */
    readonly header?: ReactNode;
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
