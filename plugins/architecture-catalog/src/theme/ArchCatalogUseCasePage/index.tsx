import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Diagnostics from '@theme/ArchCatalog/Diagnostics';
import Section from '@theme/ArchCatalog/Section';
import History from './History.js';
import Page from '@theme/ArchCatalog/Page';
import type { ReactNode } from 'react';
import type { UseCasePageData } from '../../views/types.js';
import { countLabel } from '../../views/words.js';
import DesignTables from './DesignTables.js';
import DesignText from './DesignText.js';
import Documents from './Documents.js';
import Facts from './Facts.js';
import WorkspaceDocument from './WorkspaceDocument.js';
import { DERIVED } from './derived.js';
import styles from './styles.module.css';

function NoDesignYet({ phase }: { phase: string | null }): ReactNode {
  return (
    <div className="alert alert--info margin-vert--md" role="note">
      <strong>No architecture design yet.</strong> This use case is{' '}
      {phase ? `in the ${phase} phase` : 'not yet designed'}: requirements, patterns and technology
      choices appear here once its <code>02_Architecture/Architecture_Design.md</code> is written.
    </div>
  );
}

export default function ArchCatalogUseCasePage({ data }: { data: UseCasePageData }): ReactNode {
  const { summary, diagnostics } = data;
  const heading = `${summary.id} · ${summary.name}`;
  const { collectAnchor } = useBrokenLinks();
  // The documents' headings the contents lead to are ids inside their HTML, made by the view.
  for (const entry of data.toc) collectAnchor(entry.id);
  return (
    <Page
      title={heading}
      description={`Architecture of ${summary.name} (${summary.id}): requirements, patterns, technology choices and validation.`}
      links={data.links}
      toc={data.toc}
      header={
        <header className={styles.header}>
          <h1 className={styles.title}>
            <span className={styles.id}>{summary.id}</span> {summary.name}
          </h1>
          {data.title && data.title !== summary.name && (
            <p className={styles.subtitle}>{data.title}</p>
          )}
        </header>
      }
    >
      <div className={DERIVED}>
        <Facts data={data} />
        {summary.validation === 'no-design' ? (
          <NoDesignYet phase={summary.phase} />
        ) : (
          <>
            <DesignText data={data} />
            <DesignTables data={data} />
          </>
        )}
        <Section id="diagnostics" title="Validation">
          {diagnostics.items.length > 0 ? (
            <Diagnostics
              list={diagnostics}
              caption={`Problems found in ${summary.id}: ${countLabel(diagnostics.errors, diagnostics.warnings)}`}
            />
          ) : (
            <p>
              <span aria-hidden="true">✓ </span>No problems found in this use case.
            </p>
          )}
        </Section>
        {data.history && <History history={data.history} />}
      </div>
      <Section id="documents" title="Documents">
        <div className={DERIVED}>
          <Documents groups={data.documentGroups} />
        </div>
        {data.documents.map((document) => (
          <WorkspaceDocument
            key={document.anchor}
            document={document}
            designUrl={data.designDocumentUrl}
          />
        ))}
      </Section>
    </Page>
  );
}
