import type { Props } from '@theme/ArchCatalog/Page';
import Nav from '@theme/ArchCatalog/Nav';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import styles from './styles.module.css';

/**
 * A catalog page: the site's layout, the page's main region, the catalog's
 * navigation and the page's heading (by default its title).
 */
export default function Page({
  title,
  description,
  links,
  wide = false,
  header,
  children,
}: Props): ReactNode {
  return (
    <Layout title={title} description={description}>
      <main
        className={wide ? `container margin-vert--lg ${styles.wide}` : 'container margin-vert--lg'}
      >
        <Nav links={links} />
        {header ?? <h1>{title}</h1>}
        {children}
      </main>
    </Layout>
  );
}
