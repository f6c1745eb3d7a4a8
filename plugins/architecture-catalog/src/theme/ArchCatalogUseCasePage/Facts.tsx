import Link from '@docusaurus/Link';
import Muted from '@theme/ArchCatalog/Muted';
import type { ReactNode } from 'react';
import type { UseCasePageData } from '../../views/types.js';
import PatternBadge from '@theme/ArchCatalog/PatternBadge';
import ValidationBadge from '@theme/ArchCatalog/ValidationBadge';
import LastUpdate from './LastUpdate.js';
import styles from './styles.module.css';

function Fact({ term, children }: { term: string; children: ReactNode }): ReactNode {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The use case at a glance: patterns, phase, status, who and when, validation, the design, what is next. */
export default function Facts({ data }: { data: UseCasePageData }): ReactNode {
  const { summary } = data;
  return (
    <div className={`card ${styles.summary}`}>
      <div className="card__body">
        <dl className={styles.facts}>
          <Fact term={summary.patterns.length === 1 ? 'Pattern' : 'Patterns'}>
            {summary.patterns.length > 0 ? (
              <span className={styles.badges}>
                {summary.patterns.map((p) => (
                  <PatternBadge key={p.name} pattern={p} />
                ))}
              </span>
            ) : (
              <Muted>none recorded</Muted>
            )}
          </Fact>
          <Fact term="Phase">{summary.phase ?? <Muted>not stated</Muted>}</Fact>
          <Fact term="Status">{summary.status ?? <Muted>not stated</Muted>}</Fact>
          <Fact term="Operator">{data.operator ?? <Muted>not stated</Muted>}</Fact>
          <Fact term="Handed over">
            {data.handoffDate ? (
              <time dateTime={data.handoffDate}>{data.handoffDate}</time>
            ) : (
              <Muted>not stated</Muted>
            )}
          </Fact>
          <Fact term="Last updated">
            {data.lastUpdated ? (
              <time dateTime={data.lastUpdated}>{data.lastUpdated}</time>
            ) : (
              <Muted>not stated</Muted>
            )}
          </Fact>
          {data.lastChange && (
            <Fact term="Last change">
              <LastUpdate update={data.lastChange} />
            </Fact>
          )}
          <Fact term="Validation">
            <ValidationBadge
              state={summary.validation}
              errors={summary.errors}
              warnings={summary.warnings}
            />
          </Fact>
          <Fact term="Design document">
            {data.designDocumentUrl ? (
              <Link to={data.designDocumentUrl}>Read the Architecture Design</Link>
            ) : (
              <Muted>none yet</Muted>
            )}
          </Fact>
        </dl>
        {data.nextAction && (
          <p className={styles.nextAction}>
            <strong>Next action:</strong> {data.nextAction}
          </p>
        )}
      </div>
    </div>
  );
}
