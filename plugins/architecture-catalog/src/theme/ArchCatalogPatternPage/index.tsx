import Link from '@docusaurus/Link';
import DataTable from '@theme/ArchCatalog/DataTable';
import Empty from '@theme/ArchCatalog/Empty';
import Figure from '@theme/ArchCatalog/Figure';
import Section from '@theme/ArchCatalog/Section';
import Page from '@theme/ArchCatalog/Page';
import Diagram from '@theme/ArchCatalog/Diagram';
import type { ReactNode } from 'react';
import type { PatternPageData } from '../../views/types.js';
import shared from '../ArchCatalog/styles.module.css';
import styles from './styles.module.css';

export default function ArchCatalogPatternPage({ data }: { data: PatternPageData }): ReactNode {
  const { pattern, useCases, technologyMix: mix } = data;
  const max = Math.max(1, ...mix.map((t) => t.count));

  return (
    <Page
      title={`${pattern.name} pattern`}
      description={`The ${pattern.name} architecture pattern: when to use it, its reference diagram and the use cases that chose it.`}
      links={data.links}
      header={
        <>
          <p className={`${shared.label} ${styles.kicker}`}>Pattern {pattern.number}</p>
          <h1>{pattern.name}</h1>
        </>
      }
    >
      <Section id="use-when" title="Use when">
        <p className={styles.useWhen}>{pattern.useWhen || 'Not described.'}</p>
      </Section>

      <Section id="reference-diagram" title="Reference diagram">
        <Figure
          testId="pattern-diagram"
          caption={`Reference architecture of the ${pattern.name} pattern`}
        >
          {data.mermaid ? (
            <Diagram value={data.mermaid} label={`The ${pattern.name} pattern`} />
          ) : (
            <p>A configured pattern: the catalog has no reference diagram for it.</p>
          )}
        </Figure>
      </Section>

      <Section
        id="use-cases"
        title={
          <>
            Use cases that chose it <span className={styles.count}>({useCases.length})</span>
          </>
        }
      >
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
          <Empty>No use case has chosen this pattern yet.</Empty>
        )}
      </Section>

      <Section id="technology-mix" title="Technology mix">
        <DataTable
          caption="Technologies chosen by the use cases of this pattern, most used first"
          columns={['Technology', 'Category', 'Use cases']}
          rowHeaders
          className={styles.mix}
          rows={mix.map((t) => ({
            key: t.name,
            cells: [
              <Link to={t.url}>{t.name}</Link>,
              t.category ?? 'Other',
              <div className={styles.countCell}>
                <span className={styles.bar} aria-hidden="true">
                  <span className={styles.barFill} style={{ width: `${(t.count / max) * 100}%` }} />
                </span>
                <span className={styles.countValue}>{t.count}</span>
              </div>,
            ],
          }))}
          empty="No technologies recorded."
        />
      </Section>
    </Page>
  );
}
