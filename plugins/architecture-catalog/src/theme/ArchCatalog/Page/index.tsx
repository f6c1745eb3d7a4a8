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
  children: ReactNode;
}): ReactNode {
  return (
    <div className="row">
      <div className="col">
        <TOCCollapsible toc={toc} className={styles.tocMobile} {...LEVELS} />
        {children}
      </div>
      <aside className="col col--3" aria-label="On this page">
        <TOC toc={toc} {...LEVELS} />
      </aside>
    </div>
  );
}

/**
 * A catalog page: the site's layout, the catalog's navigation, and the
 * page's main region (its heading, by default its title, and its content)
 * beside a table of contents when there is one. The navigation and the
 * contents stay out of `<main>`, so search indexes the page's own text.
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
  const main = (
    <main>
      {header ?? <h1>{title}</h1>}
      {children}
    </main>
  );
  return (
    <Layout title={title} description={description}>
      <div
        className={wide ? `container margin-vert--lg ${styles.wide}` : 'container margin-vert--lg'}
      >
        <Nav links={links} />
        {toc && toc.length > 0 ? <WithToc toc={toc}>{main}</WithToc> : main}
      </div>
    </Layout>
  );
}
