import type { Props } from '@theme/ArchCatalog/Page';
import Nav from '@theme/ArchCatalog/Nav';
import Layout from '@theme/Layout';
import TOC from '@theme/TOC';
import TOCCollapsible from '@theme/TOCCollapsible';
import type { ReactNode } from 'react';
import styles from './styles.module.css';

const LEVELS = { minHeadingLevel: 2, maxHeadingLevel: 4 } as const;

/** The page beside its table of contents; on small screens the contents fold above the page. */
function WithToc({
  toc,
  children,
}: {
  toc: NonNullable<Props['toc']>;
  children?: ReactNode;
}): ReactNode {
  return (
    <div className="row">
      <div className="col">
        <TOCCollapsible toc={toc} className={styles.tocMobile} {...LEVELS} />
        {children}
      </div>
      <div className="col col--3">
        <TOC toc={toc} {...LEVELS} />
      </div>
    </div>
  );
}

/**
 * A catalog page: the site's layout, the page's main region, the catalog's
 * navigation, the page's heading (by default its title) and, when given, a
 * table of contents.
 */
export default function Page({
  title,
  description,
  links,
  wide = false,
  header,
  toc,
  children,
}: Props): ReactNode {
  return (
    <Layout title={title} description={description}>
      <main
        className={wide ? `container margin-vert--lg ${styles.wide}` : 'container margin-vert--lg'}
      >
        <Nav links={links} />
        {header ?? <h1>{title}</h1>}
        {toc && toc.length > 0 ? <WithToc toc={toc}>{children}</WithToc> : children}
      </main>
    </Layout>
  );
}
