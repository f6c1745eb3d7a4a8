import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import type { TechnologyPageData, UseCaseRef } from '../../views/types.js';
import Nav from '../ArchCatalog/Nav.js';
import styles from './styles.module.css';

/** A table of use cases, each named once beside all of its rows (one `tbody` per use case). */
function PerUseCaseTable({
  caption,
  columns,
  groups,
}: {
  caption: ReactNode;
  columns: readonly string[];
  groups: readonly { useCase: UseCaseRef; rows: readonly (readonly string[])[] }[];
}): ReactNode {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Use case</th>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map(({ useCase, rows }) => (
          <tbody key={useCase.url}>
            {rows.map((cells, i) => (
              <tr key={i}>
                {i === 0 && (
                  <th scope="rowgroup" rowSpan={rows.length}>
                    <Link to={useCase.url}>
                      {useCase.id} · {useCase.name}
                    </Link>
                  </th>
                )}
                {cells.map((cell, k) => (
                  <td key={k}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

export default function ArchCatalogTechnologyPage({
  data,
}: {
  data: TechnologyPageData;
}): ReactNode {
  const { technology, products, chosen, rejected } = data;
  const category = technology.category ?? 'Other';
  return (
    <Layout
      title={`${technology.name} (technology)`}
      description={`Which architecture designs chose or rejected ${technology.name}, and why.`}
    >
      <main className="container margin-vert--lg">
        <Nav links={data.links} />
        <h1 className={styles.title}>{technology.name}</h1>
        <p className={styles.meta}>
          <span>
            Category: <strong>{category}</strong>
          </span>
          {technology.family && (
            <span>
              Family: <Link to={technology.family.url}>{technology.family.name}</Link>
            </span>
          )}
          <span>
            Chosen by <strong>{technology.chosenCount}</strong>{' '}
            {technology.chosenCount === 1 ? 'use case' : 'use cases'}
          </span>
          <span>
            Rejected by <strong>{technology.rejectedCount}</strong>{' '}
            {technology.rejectedCount === 1 ? 'use case' : 'use cases'}
          </span>
        </p>
        {!technology.known && (
          <p className={styles.unknown}>
            This name is not in the technology alias table; it is shown as the designs wrote it.
          </p>
        )}

        {products.length > 0 && (
          <section className={styles.section} aria-labelledby="products">
            <h2 id="products">Products of the {technology.name} family</h2>
            <div className={styles.tableWrap}>
              <table className={styles.table}>
                <caption className={styles.caption}>
                  Each {technology.name} product the designs chose, and who chose it
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Product</th>
                    <th scope="col">Chosen by</th>
                  </tr>
                </thead>
                <tbody>
                  {products.map((product) => (
                    <tr key={product.url}>
                      <th scope="row">
                        <Link to={product.url}>{product.name}</Link>
                      </th>
                      <td>
                        {product.useCases.map((useCase, i) => (
                          <span key={useCase.url}>
                            {i > 0 && ', '}
                            <Link to={useCase.url}>
                              {useCase.id} · {useCase.name}
                            </Link>
                          </span>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        )}

        <section className={styles.section} aria-labelledby="chosen-by">
          <h2 id="chosen-by">Chosen by</h2>
          {chosen.length > 0 ? (
            <PerUseCaseTable
              caption={`Use cases that selected ${technology.name}`}
              columns={['Component', 'As written', 'Rationale']}
              groups={chosen.map(({ useCase, components }) => ({
                useCase,
                rows: components.map((c) => [c.component, c.raw, c.rationale]),
              }))}
            />
          ) : (
            <p className={styles.none}>No use case has chosen {technology.name}.</p>
          )}
        </section>

        <section className={styles.section} aria-labelledby="rejected-by">
          <h2 id="rejected-by">Considered and rejected</h2>
          {rejected.length > 0 ? (
            <PerUseCaseTable
              caption={`Use cases that weighed ${technology.name} as an alternative and did not select it`}
              columns={['Alternative', 'Cons', 'Why not selected']}
              groups={rejected.map(({ useCase, alternatives }) => ({
                useCase,
                rows: alternatives.map((a) => [a.alternative, a.cons, a.whyNotSelected]),
              }))}
            />
          ) : (
            <p className={styles.none}>
              No use case has considered and rejected {technology.name}.
            </p>
          )}
        </section>
      </main>
    </Layout>
  );
}
