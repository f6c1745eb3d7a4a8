import Heading from '@theme/Heading';
import type { Props } from '@theme/ArchCatalog/Section';
import type { ReactNode } from 'react';
import styles from './styles.module.css';

/** A titled part of a catalog page; its heading is the anchor `#id`. */
export default function Section({ id, title, children }: Props): ReactNode {
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Heading as="h2" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
