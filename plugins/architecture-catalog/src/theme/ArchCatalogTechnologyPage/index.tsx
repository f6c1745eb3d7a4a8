import Link from '@docusaurus/Link';
import DataTable, { type RowGroup } from '@theme/ArchCatalog/DataTable';
import Section from '@theme/ArchCatalog/Section';
import Page from '@theme/ArchCatalog/Page';
import RadarPolicy from '@theme/ArchCatalog/RadarPolicy';
import RingBadge from '@theme/ArchCatalog/RingBadge';
import type { ReactNode } from 'react';
import type { TechnologyPageData, UseCaseRef } from '../../views/types.js';
import styles from './styles.module.css';

function UseCaseName({ useCase }: { useCase: UseCaseRef }): ReactNode {
  return (
    <Link to={useCase.url}>
      {useCase.id} · {useCase.name}
    </Link>
  );
}

/** Rows in one group per use case, the use case named once beside all of its rows. */
function perUseCase<T>(
  entries: readonly { useCase: UseCaseRef; items: readonly T[] }[],
  cells: (item: T) => ReactNode[],
): RowGroup[] {
  return entries.map(({ useCase, items }) => ({
    key: useCase.url,
    header: <UseCaseName useCase={useCase} />,
    rows: items.map((item, i) => ({ key: String(i), cells: cells(item) })),
  }));
}

/** Where the radar places the technology, or that it does not. */
function RadarNote({ data }: { data: TechnologyPageData }): ReactNode {
  const place = data.radar?.place;
  const radar = <Link to={data.links.radar}>technology radar</Link>;
  if (!place) return <p className={styles.radar}>Not on the {radar}.</p>;
  return (
    <p className={styles.radar}>
      On the {radar}: <RingBadge ring={place.ring} />
      {place.through && (
        <>
          {' '}
          with the <Link to={place.through.url}>{place.through.name}</Link> family
        </>
      )}
      {place.since && <> since {place.since}</>}.{' '}
      <RadarPolicy reason={place.reason} replacedBy={place.replacedBy} />
    </p>
  );
}

function Products({ data }: { data: TechnologyPageData }): ReactNode {
  const { technology, products } = data;
  return (
    <Section id="products" title={`Products of the ${technology.name} family`}>
      <DataTable
        caption={`Each ${technology.name} product the designs chose, and who chose it`}
        columns={['Product', 'Chosen by']}
        rowHeaders
        rows={products.map((product) => ({
          key: product.url,
          cells: [
            <Link to={product.url}>{product.name}</Link>,
            product.useCases.map((useCase, i) => (
              <span key={useCase.url}>
                {i > 0 && ', '}
                <UseCaseName useCase={useCase} />
              </span>
            )),
          ],
        }))}
      />
    </Section>
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
    <Page
      title={`${technology.name} (technology)`}
      description={`Which architecture designs chose or rejected ${technology.name}, and why.`}
      links={data.links}
      header={<h1 className={styles.title}>{technology.name}</h1>}
    >
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
      {data.radar && <RadarNote data={data} />}
      {!technology.known && (
        <p className={styles.unknown}>
          This name is not in the technology alias table; it is shown as the designs wrote it.
        </p>
      )}

      {products.length > 0 && <Products data={data} />}
      <Section id="chosen-by" title="Chosen by">
        <DataTable
          caption={`Use cases that selected ${technology.name}`}
          columns={['Use case', 'Component', 'As written', 'Rationale']}
          groups={perUseCase(
            chosen.map(({ useCase, components }) => ({ useCase, items: components })),
            (c) => [c.component, c.raw, c.rationale],
          )}
          empty={<>No use case has chosen {technology.name}.</>}
        />
      </Section>
      <Section id="rejected-by" title="Considered and rejected">
        <DataTable
          caption={`Use cases that weighed ${technology.name} as an alternative and did not select it`}
          columns={['Use case', 'Alternative', 'Cons', 'Why not selected']}
          groups={perUseCase(
            rejected.map(({ useCase, alternatives }) => ({ useCase, items: alternatives })),
            (a) => [a.alternative, a.cons, a.whyNotSelected],
          )}
          empty={<>No use case has considered and rejected {technology.name}.</>}
        />
      </Section>
    </Page>
  );
}
