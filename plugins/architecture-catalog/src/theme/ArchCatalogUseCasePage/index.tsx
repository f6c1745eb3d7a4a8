import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import Mermaid from '@theme/Mermaid';
import type { ReactNode } from 'react';
import type {
  DocumentLink,
  Measure,
  RequirementKey,
  TechnologyLink,
  TextBlock,
  UseCasePageData,
} from '../../views/types.js';
import { REQUIREMENT_LABELS } from '../../views/types.js';
import Nav from '../ArchCatalog/Nav.js';
import PatternBadge from '../ArchCatalog/PatternBadge.js';
import ValidationBadge from '../ArchCatalog/ValidationBadge.js';
import VisuallyHidden from '../ArchCatalog/VisuallyHidden.js';
import DiagnosticsTable, { countLabel } from '../ArchCatalogValidationPage/Diagnostics.js';
import styles from './styles.module.css';

const REQUIREMENT_KEYS: RequirementKey[] = ['latency', 'throughput', 'availability', 'freshness'];

const KIND_LABELS: Record<string, string> = {
  'architecture-design': 'Architecture Design',
  'technology-selection': 'Technology Selection',
  'component-specification': 'Component Specification',
  status: 'Status',
  handoff: 'Handoff',
};

function None({ what }: { what: string }): ReactNode {
  return <p className={styles.none}>No {what} recorded.</p>;
}

function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}): ReactNode {
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Heading as="h2" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

function MeasureValue({ measure }: { measure: Measure }): ReactNode {
  if (measure.value === null && measure.display === '—') {
    return (
      <>
        <span aria-hidden="true">—</span>
        <VisuallyHidden>not stated</VisuallyHidden>
      </>
    );
  }
  return measure.display;
}

/** Known technologies link to their page; unknown ones are plain text. */
function TechnologyList({ technologies }: { technologies: TechnologyLink[] }): ReactNode {
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

/**
 * An alternative's name; linked itself when it is exactly one known
 * technology, otherwise followed by links to the technologies it names.
 */
function Alternative({
  name,
  technologies,
}: {
  name: string;
  technologies: TechnologyLink[];
}): ReactNode {
  const known = technologies.filter((t) => t.known);
  const only = known.length === 1 && technologies.length === 1 ? known[0] : undefined;
  if (only && only.name.toLowerCase() === name.trim().toLowerCase()) {
    return <Link to={only.url}>{name}</Link>;
  }
  return (
    <>
      <span>{name}</span>
      {known.length > 0 && (
        <span className={styles.altTech}>
          <span className={styles.altTechLabel}>
            {known.length === 1 ? 'Technology: ' : 'Technologies: '}
          </span>
          <TechnologyList technologies={known} />
        </span>
      )}
    </>
  );
}

/** Paragraphs separated by blank lines. */
function Paragraphs({ text }: { text: string }): ReactNode {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p, i) => (
      <p key={i} className={styles.preLine}>
        {p}
      </p>
    ));
}

function Blocks({ blocks }: { blocks: TextBlock[] }): ReactNode {
  return blocks.map((block, i) =>
    block.type === 'paragraph' ? (
      <p key={i} className={styles.preLine}>
        {block.text}
      </p>
    ) : (
      <ul key={i}>
        {block.items.map((item, j) => (
          <li key={j}>{item}</li>
        ))}
      </ul>
    ),
  );
}

/** Documents grouped by their top folder (`01_Handoff`, `02_Architecture`, …). */
function groupDocuments(
  documents: DocumentLink[],
): { folder: string; documents: DocumentLink[] }[] {
  const groups = new Map<string, DocumentLink[]>();
  for (const doc of documents) {
    const slash = doc.path.indexOf('/');
    const folder = slash === -1 ? '' : doc.path.slice(0, slash);
    const list = groups.get(folder) ?? [];
    list.push(doc);
    groups.set(folder, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)))
    .map(([folder, docs]) => ({
      folder,
      documents: [...docs].sort((a, b) => a.path.localeCompare(b.path)),
    }));
}

export default function ArchCatalogUseCasePage({ data }: { data: UseCasePageData }): ReactNode {
  const { summary } = data;
  const hasDesign = summary.validation !== 'no-design';
  const heading = `${summary.id} · ${summary.name}`;
  const documentGroups = groupDocuments(data.documents);

  return (
    <Layout
      title={heading}
      description={`Architecture of ${summary.name} (${summary.id}): requirements, patterns, technology choices and validation.`}
    >
      <main className="container margin-vert--lg">
        <Nav links={data.links} />
        <header className={styles.header}>
          <h1 className={styles.title}>
            <span className={styles.id}>{summary.id}</span> {summary.name}
          </h1>
          {data.title && data.title !== summary.name && (
            <p className={styles.subtitle}>{data.title}</p>
          )}
        </header>

        <div className={`card ${styles.summary}`}>
          <div className="card__body">
            <dl className={styles.facts}>
              <div>
                <dt>{summary.patterns.length === 1 ? 'Pattern' : 'Patterns'}</dt>
                <dd>
                  {summary.patterns.length > 0 ? (
                    <span className={styles.badges}>
                      {summary.patterns.map((p) => (
                        <PatternBadge key={p.name} pattern={p} />
                      ))}
                    </span>
                  ) : (
                    <span className={styles.muted}>none recorded</span>
                  )}
                </dd>
              </div>
              <div>
                <dt>Phase</dt>
                <dd>{summary.phase ?? <span className={styles.muted}>not stated</span>}</dd>
              </div>
              <div>
                <dt>Status</dt>
                <dd>{summary.status ?? <span className={styles.muted}>not stated</span>}</dd>
              </div>
              <div>
                <dt>Last updated</dt>
                <dd>
                  {data.lastUpdated ? (
                    <time dateTime={data.lastUpdated}>{data.lastUpdated}</time>
                  ) : (
                    <span className={styles.muted}>not stated</span>
                  )}
                </dd>
              </div>
              <div>
                <dt>Validation</dt>
                <dd>
                  <ValidationBadge
                    state={summary.validation}
                    errors={summary.errors}
                    warnings={summary.warnings}
                  />
                </dd>
              </div>
              <div>
                <dt>Design document</dt>
                <dd>
                  {data.designDocumentUrl ? (
                    <Link to={data.designDocumentUrl}>Read the Architecture Design</Link>
                  ) : (
                    <span className={styles.muted}>none yet</span>
                  )}
                </dd>
              </div>
            </dl>
          </div>
        </div>

        {!hasDesign && (
          <div className="alert alert--info margin-vert--md" role="note">
            <strong>No architecture design yet.</strong> This use case is{' '}
            {summary.phase ? `in the ${summary.phase} phase` : 'not yet designed'}: requirements,
            patterns and technology choices appear here once its{' '}
            <code>02_Architecture/Architecture_Design.md</code> is written.
          </div>
        )}

        {hasDesign && (
          <>
            <Section id="requirements" title="Requirements">
              <dl className={styles.measures}>
                {REQUIREMENT_KEYS.map((key) => (
                  <div key={key} className={styles.measure}>
                    <dt>{REQUIREMENT_LABELS[key]}</dt>
                    <dd>
                      <MeasureValue measure={summary.requirements[key]} />
                    </dd>
                  </div>
                ))}
              </dl>
              {data.requirementRows.length > 0 ? (
                <div className={styles.tableWrap}>
                  <table className={styles.table}>
                    <caption className={styles.caption}>
                      Requirements as written in the design
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Requirement</th>
                        <th scope="col">Value</th>
                        <th scope="col">Source</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.requirementRows.map((row, i) => (
                        <tr key={`${row.name}-${i}`}>
                          <th scope="row">{row.name}</th>
                          <td>{row.raw}</td>
                          <td>{row.source || <span className={styles.muted}>not stated</span>}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ) : (
                <None what="requirement rows" />
              )}
            </Section>

            <Section id="constraints" title="Constraints">
              {data.constraints.length > 0 ? (
                <ul>
                  {data.constraints.map((c, i) => (
                    <li key={i}>{c}</li>
                  ))}
                </ul>
              ) : (
                <None what="constraints" />
              )}
            </Section>

            <Section id="pattern-rationale" title="Pattern rationale">
              {data.rationale.trim() ? (
                <Paragraphs text={data.rationale} />
              ) : (
                <None what="pattern rationale" />
              )}
            </Section>

            <Section
              id="pattern-diagram"
              title={data.diagrams.length > 1 ? 'Pattern diagrams' : 'Pattern diagram'}
            >
              {data.diagrams.length > 0 ? (
                data.diagrams.map((d) => (
                  <figure key={d.pattern} className={styles.figure} data-testid="usecase-diagram">
                    <Mermaid value={d.mermaid} />
                    <figcaption className={styles.figcaption}>
                      {d.pattern} pattern, with the technologies {summary.id} chose
                    </figcaption>
                  </figure>
                ))
              ) : (
                <None what="pattern diagram" />
              )}
            </Section>

            <Section id="component-design" title="Component design">
              {data.components.length > 0 ? (
                data.components.map((c) => (
                  <div key={c.name} className={styles.component}>
                    <h3>{c.name}</h3>
                    {c.blocks.length > 0 ? <Blocks blocks={c.blocks} /> : <None what="details" />}
                  </div>
                ))
              ) : (
                <None what="component design" />
              )}
            </Section>

            <Section id="technology-choices" title="Technology choices">
              {data.technologyChoices.length > 0 ? (
                <div className={styles.tableWrap}>
                  <table className={styles.table}>
                    <caption className={styles.caption}>
                      Technology chosen for each component
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Component</th>
                        <th scope="col">Category</th>
                        <th scope="col">Technologies</th>
                        <th scope="col">Rationale</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.technologyChoices.map((choice, i) => (
                        <tr key={`${choice.component}-${i}`}>
                          <th scope="row">{choice.component}</th>
                          <td>{choice.category}</td>
                          <td>
                            {choice.technologies.length > 0 ? (
                              <TechnologyList technologies={choice.technologies} />
                            ) : (
                              choice.raw
                            )}
                          </td>
                          <td>{choice.rationale}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ) : (
                <None what="technology choices" />
              )}
            </Section>

            <Section id="integration-points" title="Integration points">
              {data.integrations.length > 0 ? (
                <div className={styles.tableWrap}>
                  <table className={styles.table}>
                    <caption className={styles.caption}>Systems this design connects to</caption>
                    <thead>
                      <tr>
                        <th scope="col">System</th>
                        <th scope="col">Type</th>
                        <th scope="col">Notes</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.integrations.map((row, i) => (
                        <tr key={`${row.system}-${i}`}>
                          <th scope="row">{row.system}</th>
                          <td>{row.type}</td>
                          <td>{row.notes}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ) : (
                <None what="integration points" />
              )}
            </Section>

            <Section id="risks" title="Risks and mitigations">
              {data.risks.length > 0 ? (
                <div className={styles.tableWrap}>
                  <table className={styles.table}>
                    <caption className={styles.caption}>
                      Known risks and how they are handled
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Risk</th>
                        <th scope="col">Mitigation</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.risks.map((row, i) => (
                        <tr key={`${row.risk}-${i}`}>
                          <td>{row.risk}</td>
                          <td>{row.mitigation}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ) : (
                <None what="risks" />
              )}
            </Section>

            <Section id="alternatives" title="Alternatives considered">
              {data.alternatives.length > 0 ? (
                <div className={styles.tableWrap}>
                  <table className={styles.table}>
                    <caption className={styles.caption}>
                      Options weighed and why they were not selected
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Alternative</th>
                        <th scope="col">Pros</th>
                        <th scope="col">Cons</th>
                        <th scope="col">Why not selected</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.alternatives.map((alt, i) => (
                        <tr key={`${alt.alternative}-${i}`}>
                          <th scope="row">
                            <Alternative name={alt.alternative} technologies={alt.technologies} />
                          </th>
                          <td>{alt.pros}</td>
                          <td>{alt.cons}</td>
                          <td>{alt.whyNotSelected}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ) : (
                <None what="alternatives" />
              )}
            </Section>
          </>
        )}

        <Section id="diagnostics" title="Validation">
          {data.diagnostics.length > 0 ? (
            <DiagnosticsTable
              diagnostics={data.diagnostics}
              baseDir={summary.dir}
              caption={`Problems found in ${summary.id}: ${countLabel(
                data.diagnostics.filter((d) => d.severity === 'error').length,
                data.diagnostics.filter((d) => d.severity === 'warning').length,
              )}`}
            />
          ) : (
            <p>
              <span aria-hidden="true">✓ </span>No problems found in this use case.
            </p>
          )}
        </Section>

        <Section id="documents" title="Documents">
          {documentGroups.length > 0 ? (
            <div className={styles.documentGroups}>
              {documentGroups.map((group) => (
                <div key={group.folder || '.'} className={styles.documentGroup}>
                  <h3 className={styles.folder}>{group.folder || 'Workspace root'}</h3>
                  <ul className={styles.documentList}>
                    {group.documents.map((doc) => {
                      const name = group.folder
                        ? doc.path.slice(group.folder.length + 1)
                        : doc.path;
                      const kind = doc.kind === 'handoff' ? undefined : KIND_LABELS[doc.kind];
                      return (
                        <li key={doc.path}>
                          {doc.url ? <Link to={doc.url}>{name}</Link> : <span>{name}</span>}
                          {kind && <span className={styles.kind}> · {kind}</span>}
                        </li>
                      );
                    })}
                  </ul>
                </div>
              ))}
            </div>
          ) : (
            <None what="documents" />
          )}
        </Section>
      </main>
    </Layout>
  );
}
