import Link from '@docusaurus/Link';
import Empty from '@theme/ArchCatalog/Empty';
import type { ReactNode } from 'react';
import type { DocumentGroup } from '../../views/types.js';
import styles from './styles.module.css';

/** The workspace's documents, by folder, each linked to its page. */
export default function Documents({ groups }: { groups: DocumentGroup[] }): ReactNode {
  if (groups.length === 0) return <Empty>No documents recorded.</Empty>;
  return (
    <div className={styles.documentGroups}>
      {groups.map((group) => (
        <div key={group.folder || '.'}>
          <h3 className={styles.folder}>{group.folder || 'Workspace root'}</h3>
          <ul className={styles.documentList}>
            {group.documents.map((doc) => (
              <li key={doc.path}>
                {doc.url ? <Link to={doc.url}>{doc.name}</Link> : <span>{doc.name}</span>}
                {doc.kindLabel && <span className={styles.kind}> · {doc.kindLabel}</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
