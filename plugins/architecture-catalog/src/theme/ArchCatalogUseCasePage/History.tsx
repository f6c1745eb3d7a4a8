import ChangeList from '@theme/ArchCatalog/ChangeList';
import Empty from '@theme/ArchCatalog/Empty';
import Section from '@theme/ArchCatalog/Section';
import type { ReactNode } from 'react';
import type { UseCaseHistoryView } from '../../views/types.js';
import styles from './styles.module.css';

/** The workspace's commits, newest first, and what each did to the design's decisions. */
export default function History({ history }: { history: UseCaseHistoryView }): ReactNode {
  return (
    <Section id="history" title="History">
      {history.note && <p className={styles.notice}>{history.note}</p>}
      {history.entries.length === 0 ? (
        <Empty>No commit has touched this workspace yet.</Empty>
      ) : (
        <ol className={styles.history}>
          {history.entries.map((entry) => (
            <li key={entry.commit} className={styles.historyEntry}>
              <p className={styles.historyHead}>
                <time dateTime={entry.date}>{entry.date}</time> · {entry.author} ·{' '}
                <span className={styles.historySubject}>{entry.subject}</span>{' '}
                <code className={styles.historyCommit}>{entry.commit}</code>
                {entry.created && (
                  <>
                    {' '}
                    <span className={styles.kind}>workspace created</span>
                  </>
                )}
              </p>
              {entry.changes.length > 0 ? (
                <ChangeList changes={entry.changes} />
              ) : (
                !entry.created && (
                  <p className={styles.historyQuiet}>No decision of the design changed.</p>
                )
              )}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
