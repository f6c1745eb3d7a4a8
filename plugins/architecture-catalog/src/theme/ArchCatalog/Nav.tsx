import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { useLocation } from '@docusaurus/router';
import type { CatalogLinks } from '../../views/types.js';
import styles from './styles.module.css';

type NavKey = Exclude<keyof CatalogLinks, 'catalogJson'>;

const ITEMS: { key: NavKey; label: string }[] = [
  { key: 'index', label: 'Index' },
  { key: 'patterns', label: 'Patterns' },
  { key: 'technologies', label: 'Technologies' },
  { key: 'matrix', label: 'Matrix' },
  { key: 'compare', label: 'Compare' },
  { key: 'radar', label: 'Radar' },
  { key: 'timeline', label: 'Timeline' },
  { key: 'validation', label: 'Validation report' },
];

function trimSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

/**
 * The catalog's sub-navigation. The exact current page gets
 * `aria-current="page"`; a section's sub-page (a pattern page under
 * Patterns) marks the section with `aria-current="true"`.
 */
export default function Nav({ links }: { links: CatalogLinks }): ReactNode {
  const { pathname } = useLocation();
  const here = trimSlash(pathname);
  return (
    <nav className={styles.nav} aria-label="Architecture catalog">
      <ul className={styles.navList}>
        {ITEMS.map(({ key, label }) => {
          const link = links[key];
          if (link === null) return null;
          const target = trimSlash(link);
          const exact = here === target;
          const within = !exact && key !== 'index' && here.startsWith(`${target}/`);
          const current = exact ? 'page' : within ? 'true' : undefined;
          return (
            <li key={key}>
              <Link
                to={link}
                className={current ? `${styles.navLink} ${styles.navLinkActive}` : styles.navLink}
                aria-current={current}
              >
                {label}
              </Link>
            </li>
          );
        })}
        <li className={styles.navJson}>
          <a href={links.catalogJson} className={styles.navLink} type="application/json">
            catalog.json
          </a>
        </li>
      </ul>
    </nav>
  );
}
