import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import CodeBlock from '@theme/CodeBlock';
import Diagnostics from '@theme/ArchCatalog/Diagnostics';
import Diagram from '@theme/ArchCatalog/Diagram';
import type { ReactNode } from 'react';
import type { Segment } from '../../render/segments.js';
import type { WorkspaceDocumentView } from '../../views/types.js';
import { countLabel } from '../../views/words.js';
import LastUpdate from './LastUpdate.js';
import { DERIVED } from './derived.js';
import styles from './styles.module.css';

function SegmentView({ segment, path }: { segment: Segment; path: string }): ReactNode {
  switch (segment.kind) {
    case 'html':
      // Sanitized when rendered (render/render-document.ts): raw HTML is text, links are checked.
      return <div className="markdown" dangerouslySetInnerHTML={{ __html: segment.html }} />;
    case 'code':
      return (
        <div id={segment.id ?? undefined}>
          <CodeBlock language={segment.language ?? undefined}>{segment.code}</CodeBlock>
        </div>
      );
    case 'mermaid':
      return (
        <div id={segment.id ?? undefined} className={styles.documentDiagram}>
          <Diagram value={segment.code} label={`A diagram of ${path}`} />
        </div>
      );
  }
}

/** One document of the workspace: where it lives, its problems, then the document itself. */
export default function WorkspaceDocument({
  document,
  designUrl,
}: {
  document: WorkspaceDocumentView;
  designUrl: string | null;
}): ReactNode {
  const { collectAnchor } = useBrokenLinks();
  const { diagnostics } = document;
  collectAnchor(document.anchor);
  // The lines the diagnostics link to are ids inside the document's HTML.
  for (const { documentUrl } of diagnostics.items) {
    const fragment = documentUrl?.split('#')[1];
    if (fragment) collectAnchor(fragment);
  }
  return (
    <article id={document.anchor} className={styles.document} aria-label={document.path}>
      <header className={`${styles.documentHeader} ${DERIVED}`}>
        <p className={styles.documentTitle}>{document.path}</p>
        {document.kindLabel && <span className={styles.kind}>{document.kindLabel}</span>}
        <span className={styles.documentLinks}>
          {document.editUrl && <Link href={document.editUrl}>Edit this document</Link>}
          {designUrl && !designUrl.endsWith(`#${document.anchor}`) && (
            <Link to={designUrl}>↑ Architecture design</Link>
          )}
        </span>
      </header>
      {diagnostics.items.length > 0 && (
        <div
          className={`alert ${diagnostics.errors > 0 ? 'alert--danger' : 'alert--warning'} ${styles.documentProblems} ${DERIVED}`}
          role="note"
        >
          <Diagnostics
            list={diagnostics}
            caption={`Problems in this document: ${countLabel(diagnostics.errors, diagnostics.warnings)}`}
          />
        </div>
      )}
      {document.notice ? (
        <p className={styles.notice}>{document.notice}</p>
      ) : (
        document.segments.map((segment, i) => (
          <SegmentView key={i} segment={segment} path={document.path} />
        ))
      )}
      {document.lastUpdate && (
        <footer className={`${styles.documentFooter} ${DERIVED}`}>
          Last change: <LastUpdate update={document.lastUpdate} />
        </footer>
      )}
    </article>
  );
}
