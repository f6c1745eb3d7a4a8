import type { Props } from '@theme/ArchCatalog/Page';
import Nav from '@theme/ArchCatalog/Nav';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';

/**
 * A catalog page: the site's layout, the page's main region, the catalog's
 * navigation and the page's heading (by default its title).
 */
export default function Page({
  title,
  description,
  links,
  className,
  header,
  children,
}: Props): ReactNode {
  return (
    <Layout title={title} description={description}>
      <main
        className={
          className ? `container margin-vert--lg ${className}` : 'container margin-vert--lg'
        }
      >
        <Nav links={links} />
        {header ?? <h1>{title}</h1>}
        {children}
      </main>
    </Layout>
  );
}
