import Link from '@docusaurus/Link';
import Empty from '@theme/ArchCatalog/Empty';
import Page from '@theme/ArchCatalog/Page';
import type { ReactNode } from 'react';
import type { PatternsIndexData } from '../../views/types.js';
import VisuallyHidden from '@theme/ArchCatalog/VisuallyHidden';
import shared from '../ArchCatalog/styles.module.css';
import styles from './styles.module.css';

function useCaseCount(n: number): string {
  return n === 0 ? 'No use cases yet' : `${n} use case${n === 1 ? '' : 's'}`;
}

export default function ArchCatalogPatternsPage({ data }: { data: PatternsIndexData }): ReactNode {
  const patterns = [...data.patterns].sort((a, b) => a.number - b.number);
  return (
    <Page
      title="Architecture patterns"
      description="The reference architecture patterns of the catalog and the use cases that chose each."
      links={data.links}
    >
      <p>
        Every design picks one or more reference patterns. Each card says when the pattern fits and
        how many use cases chose it.
      </p>
      {patterns.length === 0 ? (
        <Empty>No patterns recorded.</Empty>
      ) : (
        <ul className={styles.grid}>
          {patterns.map((p) => (
            <li key={p.name} className={`card ${styles.card}`}>
              <div className="card__header">
                <p className={`${shared.label} ${styles.number}`}>Pattern {p.number}</p>
                <h2 className={styles.name}>
                  <Link to={p.url}>{p.name}</Link>
                </h2>
              </div>
              <div className="card__body">
                <p className={styles.useWhenLabel}>Use when</p>
                <p>{p.useWhen || 'Not described.'}</p>
              </div>
              <div className={`card__footer ${styles.footer}`}>
                <span className={styles.count}>{useCaseCount(p.useCaseCount)}</span>
                <Link to={p.url}>
                  View pattern<VisuallyHidden>: {p.name}</VisuallyHidden>{' '}
                  <span aria-hidden="true">→</span>
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
