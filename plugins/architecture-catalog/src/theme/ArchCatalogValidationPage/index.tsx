import Link from '@docusaurus/Link';
import Page from '@theme/ArchCatalog/Page';
import StatCards from '@theme/ArchCatalog/StatCards';
import type { ReactNode } from 'react';
import Diagnostics from '@theme/ArchCatalog/Diagnostics';
import type { ValidationPageData } from '../../views/types.js';
import { countLabel } from '../../views/words.js';
import ValidationBadge from '@theme/ArchCatalog/ValidationBadge';
import styles from './styles.module.css';

/** A label after an icon that screen readers skip. */
function Marked({ icon, children }: { icon: string; children: ReactNode }): ReactNode {
  return (
    <>
      <span aria-hidden="true">{icon} </span>
      {children}
    </>
  );
}

export default function ArchCatalogValidationPage({
  data,
}: {
  data: ValidationPageData;
}): ReactNode {
  const { summary, groups, other } = data;
  const withProblems = groups.filter((g) => g.diagnostics.items.length > 0);
  const clean = groups.filter((g) => g.diagnostics.items.length === 0);
  const noProblems = summary.errors === 0 && summary.warnings === 0 && other.items.length === 0;

  return (
    <Page
      title="Validation report"
      description="Every problem the catalog found in the architecture documents, by use case."
      links={data.links}
    >
      <p>
        Every document of every workspace checked against the architecture template. Errors must be
        fixed; warnings are worth a look.
      </p>

      <section aria-label="Summary">
        <StatCards
          items={[
            { key: 'use-cases', label: 'Use cases', value: summary.useCases },
            { key: 'documents', label: 'Documents', value: summary.documents },
            { key: 'errors', label: <Marked icon="✖">Errors</Marked>, value: summary.errors },
            {
              key: 'warnings',
              label: <Marked icon="⚠">Warnings</Marked>,
              value: summary.warnings,
            },
          ]}
        />
      </section>

      {noProblems && (
        <div className="alert alert--success margin-vert--md" role="status">
          <strong>
            <span aria-hidden="true">✔ </span>No problems found.
          </strong>{' '}
          All {summary.documents} documents of {summary.useCases} use cases pass validation.
        </div>
      )}

      {withProblems.map((group) => (
        <section
          key={group.useCase.id}
          className={styles.group}
          aria-labelledby={`uc-${group.useCase.id}`}
        >
          <div className={styles.groupHeading}>
            <h2 id={`uc-${group.useCase.id}`} className={styles.groupTitle}>
              <Link to={group.useCase.url}>
                {group.useCase.id} · {group.useCase.name}
              </Link>
            </h2>
            <ValidationBadge
              state={group.validation}
              errors={group.diagnostics.errors}
              warnings={group.diagnostics.warnings}
            />
          </div>
          <Diagnostics
            list={group.diagnostics}
            caption={`Problems in ${group.useCase.id}: ${countLabel(group.diagnostics.errors, group.diagnostics.warnings)}`}
          />
        </section>
      ))}

      {other.items.length > 0 && (
        <section className={styles.group} aria-labelledby="other-diagnostics">
          <h2 id="other-diagnostics">Outside any use case</h2>
          <p>Problems with folders and files that do not belong to a use case workspace.</p>
          <Diagnostics
            list={other}
            caption={`Problems outside any use case: ${countLabel(other.errors, other.warnings)}`}
          />
        </section>
      )}

      {clean.length > 0 && (
        <section className={styles.group} aria-labelledby="clean-use-cases">
          <h2 id="clean-use-cases">Use cases without problems</h2>
          <ul className={styles.cleanList}>
            {clean.map((group) => (
              <li key={group.useCase.id}>
                <Link to={group.useCase.url}>
                  {group.useCase.id} · {group.useCase.name}
                </Link>{' '}
                <ValidationBadge state={group.validation} errors={0} warnings={0} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </Page>
  );
}
