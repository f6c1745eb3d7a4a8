import Link from '@docusaurus/Link';
import type { Props } from '@theme/ArchCatalog/TechnologyList';
import type { ReactNode } from 'react';
import styles from './styles.module.css';

/** Technologies as a comma list: known ones link to their page, unknown ones are plain text. */
export default function TechnologyList({ technologies }: Props): ReactNode {
  return (
    <ul className={styles.inlineList}>
      {technologies.map((t) => (
        <li key={t.name}>
          {t.known ? (
            <Link to={t.url}>{t.name}</Link>
          ) : (
            <span className={styles.unknownTech} title="Not in the technology catalog">
              {t.name}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
