import type { Props } from '@theme/ArchCatalog/Page';
import Nav from '@theme/ArchCatalog/Nav';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';

/** A catalog page: the site's layout, the page's main region and the catalog's navigation. */
export default function Page({ title, description, links, className, children }: Props): ReactNode {
  return (
    <Layout title={title} description={description}>
      <main
        className={
          className ? `container margin-vert--lg ${className}` : 'container margin-vert--lg'
        }
      >
        <Nav links={links} />
        {children}
      </main>
    </Layout>
  );
}
