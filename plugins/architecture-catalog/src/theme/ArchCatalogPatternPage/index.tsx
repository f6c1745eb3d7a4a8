import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Mermaid from '@theme/Mermaid';
import type { ReactNode } from 'react';
import type { PatternPageData } from '../../views/types.js';
import Nav from '../ArchCatalog/Nav.js';
import styles from './styles.module.css';

export default function ArchCatalogPatternPage({ data }: { data: PatternPageData }): ReactNode {
  const { pattern, useCases, technologyMix: mix } = data;
  const max = Math.max(1, ...mix.map((t) => t.count));

  return (
    <Layout
      title={`${pattern.name} pattern`}
      description={`The ${pattern.name} architecture pattern: when to use it, its reference diagram and the use cases that chose it.`}
    >
      <main className="container margin-vert--lg">
        <Nav links={data.links} />
        <p className={styles.kicker}>Pattern {pattern.number}</p>
        <h1>{pattern.name}</h1>

        <section className={styles.section} aria-labelledby="use-when">
          <h2 id="use-when">Use when</h2>
          <p className={styles.useWhen}>{pattern.useWhen || 'Not described.'}</p>
        </section>

        <section className={styles.section} aria-labelledby="reference-diagram">
          <h2 id="reference-diagram">Reference diagram</h2>
          <figure className={styles.figure} data-testid="pattern-diagram">
            {data.mermaid ? (
              <Mermaid value={data.mermaid} />
            ) : (
              <p>A configured pattern: the catalog has no reference diagram for it.</p>
            )}
            <figcaption className={styles.figcaption}>
              Reference architecture of the {pattern.name} pattern
            </figcaption>
          </figure>
        </section>

        <section className={styles.section} aria-labelledby="use-cases">
          <h2 id="use-cases">
            Use cases that chose it <span className={styles.count}>({useCases.length})</span>
          </h2>
          {useCases.length > 0 ? (
            <ul className={styles.useCases}>
              {useCases.map((uc) => (
                <li key={uc.id}>
                  <Link to={uc.url}>
                    {uc.id} · {uc.name}
                  </Link>
                  {uc.otherPatterns.length > 0 && (
                    <span className={styles.hybrid}>
                      {' '}
                      — hybrid with {uc.otherPatterns.join(', ')}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p className={styles.none}>No use case has chosen this pattern yet.</p>
          )}
        </section>

        <section className={styles.section} aria-labelledby="technology-mix">
          <h2 id="technology-mix">Technology mix</h2>
          {mix.length > 0 ? (
            <div className={styles.tableWrap}>
              <table className={styles.table}>
                <caption className={styles.caption}>
                  Technologies chosen by the use cases of this pattern, most used first
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Technology</th>
                    <th scope="col">Category</th>
                    <th scope="col">Use cases</th>
                  </tr>
                </thead>
                <tbody>
                  {mix.map((t) => (
                    <tr key={t.name}>
                      <th scope="row">
                        <Link to={t.url}>{t.name}</Link>
                      </th>
                      <td>{t.category ?? 'Other'}</td>
                      <td>
                        <div className={styles.countCell}>
                          <span className={styles.bar} aria-hidden="true">
                            <span
                              className={styles.barFill}
                              style={{ width: `${(t.count / max) * 100}%` }}
                            />
                          </span>
                          <span className={styles.countValue}>{t.count}</span>
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className={styles.none}>No technologies recorded.</p>
          )}
        </section>
      </main>
    </Layout>
  );
}
