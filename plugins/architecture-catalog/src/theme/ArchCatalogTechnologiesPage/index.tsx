import Link from '@docusaurus/Link';
import Empty from '@theme/ArchCatalog/Empty';
import Page from '@theme/ArchCatalog/Page';
import type { ReactNode } from 'react';
import type { TechnologiesIndexData } from '../../views/types.js';
import styles from './styles.module.css';

export default function ArchCatalogTechnologiesPage({
  data,
}: {
  data: TechnologiesIndexData;
}): ReactNode {
  const { categories, total } = data;
  return (
    <Page
      title="Technologies"
      description="Every technology the architecture designs chose or rejected, grouped by category."
      links={data.links}
    >
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
                <a href={`#${c.anchor}`}>{c.category}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {categories.length === 0 && <Empty>No technologies recorded.</Empty>}
      {categories.map((c) => (
        <section key={c.category} className={styles.category} aria-labelledby={c.anchor}>
          <h2 id={c.anchor}>{c.category}</h2>
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
    </Page>
  );
}
