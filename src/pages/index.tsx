import type { ReactNode } from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Layout from '@theme/Layout';

import styles from './index.module.css';

/** The site is the catalog: its home sends readers straight there, with or without JavaScript. */
export default function Home(): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const catalog = useBaseUrl('/catalog');
  return (
    <Layout title="Home" description={siteConfig.tagline}>
      <Head>
        <meta httpEquiv="refresh" content={`0; url=${catalog}`} />
      </Head>
      <header className={`hero ${styles.hero}`}>
        <div className="container">
          <h1 className="hero__title">{siteConfig.title}</h1>
          <p className="hero__subtitle">{siteConfig.tagline}</p>
          <div className={styles.buttons}>
            <Link className="button button--primary button--lg" to="/catalog">
              Open the catalog
            </Link>
          </div>
        </div>
      </header>
    </Layout>
  );
}
