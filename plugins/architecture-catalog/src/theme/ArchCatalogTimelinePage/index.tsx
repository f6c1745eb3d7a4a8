import Link from '@docusaurus/Link';
import ChangeList from '@theme/ArchCatalog/ChangeList';
import Empty from '@theme/ArchCatalog/Empty';
import Page from '@theme/ArchCatalog/Page';
import type { ReactNode } from 'react';
import type { TimelinePageData } from '../../views/types.js';
import styles from './styles.module.css';

/** Every use case's decisions from git, newest first. */
export default function ArchCatalogTimelinePage({ data }: { data: TimelinePageData }): ReactNode {
  return (
    <Page
      title="Timeline"
      description="The decisions of the architecture designs over time, from git: newest first."
      links={data.links}
    >
      <p>
        Each commit that created a use case, moved its phase or changed its design&apos;s decisions:
        patterns, requirements, technologies and alternatives. Commits that touched other documents
        are on each use case&apos;s page.
        {data.total > data.entries.length &&
          ` The newest ${data.entries.length} of ${data.total} are shown here.`}
      </p>
      {data.note && <p className={styles.note}>{data.note}</p>}
      {data.entries.length === 0 ? (
        <Empty>No decision recorded in git yet.</Empty>
      ) : (
        <ol className={styles.timeline}>
          {data.entries.map((entry) => (
            <li key={`${entry.commit}-${entry.useCase.id}`} className={styles.entry}>
              <p className={styles.head}>
                <time dateTime={entry.date}>{entry.date}</time> ·{' '}
                <Link to={entry.useCase.url}>
                  {entry.useCase.id} {entry.useCase.name}
                </Link>{' '}
                · {entry.created ? 'created' : entry.subject}{' '}
                <span className={styles.by}>
                  by {entry.author} <code>{entry.commit}</code>
                </span>
              </p>
              {!entry.created && entry.changes.length > 0 && <ChangeList changes={entry.changes} />}
            </li>
          ))}
        </ol>
      )}
    </Page>
  );
}
