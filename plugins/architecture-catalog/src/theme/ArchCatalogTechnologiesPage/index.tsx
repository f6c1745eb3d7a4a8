import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import type { TechnologiesIndexData } from '../../views/types.js';
import Nav from '../ArchCatalog/Nav.js';
import styles from './styles.module.css';

function slug(text: string): string {
  return `category-${text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

export default function ArchCatalogTechnologiesPage({
  data,
}: {
  data: TechnologiesIndexData;
}): ReactNode {
  const categories = data.categories.filter((c) => c.technologies.length > 0);
  const total = categories.reduce((n, c) => n + c.technologies.length, 0);
  return (
    <Layout
      title="Technologies"
      description="Every technology the architecture designs chose or rejected, grouped by category."
    >
      <main className="container margin-vert--lg">
        <Nav links={data.links} />
        <h1>Technologies</h1>
        <p>
          {total} technologies named by the designs, grouped by component category. <em>Chosen</em>{' '}
          counts the use cases that selected a technology; <em>rejected</em> counts those that
          considered it as an alternative and turned it down.
        </p>
        {categories.length > 0 && (
          <nav aria-label="Technology categories" className={styles.jump}>
            <ul>
              {categories.map((c) => (
                <li key={c.category}>
                  <a href={`#${slug(c.category)}`}>{c.category}</a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {categories.length === 0 && <p className={styles.none}>No technologies recorded.</p>}
        {categories.map((c) => (
          <section key={c.category} className={styles.category} aria-labelledby={slug(c.category)}>
            <h2 id={slug(c.category)}>{c.category}</h2>
            <ul className={styles.grid}>
              {c.technologies.map((t) => (
                <li key={t.name} className={styles.item}>
                  <Link to={t.url} className={styles.name}>
                    {t.name}
                  </Link>
                  {!t.known && <span className={styles.unknown}>not in the alias table</span>}
                  <span className={styles.counts}>
                    <span>
                      <span className={styles.countValue}>{t.chosenCount}</span> chosen
                    </span>
                    <span>
                      <span className={styles.countValue}>{t.rejectedCount}</span> rejected
                    </span>
                    {t.productCount > 0 && (
                      <span>
                        <span className={styles.countValue}>{t.productCount}</span> products of the
                        family
                      </span>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
        {data.unknown.length > 0 && (
          <section className={styles.category} aria-labelledby="unknown-names">
            <h2 id="unknown-names">Names the technology table does not know</h2>
            <p>
              These are shown as the designs wrote them and compared by name only. To give one a
              category, aliases and a page, add it to <code>architecture-catalog.config.yaml</code>:
            </p>
            <pre>
              <code>{`technologies:\n  - name: ${data.unknown[0]?.name ?? ''}\n    category: Database # one of the categories in Configuration\n    aliases: []`}</code>
            </pre>
            <ul>
              {data.unknown.map((entry) => (
                <li key={entry.name}>
                  <strong>{entry.name}</strong>:{' '}
                  {entry.useCases.map((useCase, i) => (
                    <span key={useCase.url}>
                      {i > 0 && ', '}
                      <Link to={useCase.url}>{useCase.id}</Link>
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </Layout>
  );
}
