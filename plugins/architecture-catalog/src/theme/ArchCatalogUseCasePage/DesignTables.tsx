import Link from '@docusaurus/Link';
import DataTable from '@theme/ArchCatalog/DataTable';
import Section from '@theme/ArchCatalog/Section';
import TechnologyList from '@theme/ArchCatalog/TechnologyList';
import type { ReactNode } from 'react';
import type { TechnologyLink, UseCasePageData } from '../../views/types.js';
import styles from './styles.module.css';

/**
 * An alternative's name; linked itself when it is exactly one known
 * technology, otherwise followed by links to the technologies it names.
 */
function Alternative({ name, technologies }: { name: string; technologies: TechnologyLink[] }) {
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

/** The design's tables: technology choices, integration points, risks, alternatives. */
export default function DesignTables({ data }: { data: UseCasePageData }): ReactNode {
  const { technologyChoices, integrations, risks, alternatives } = data;
  return (
    <>
      <Section id="technology-choices" title="Technology choices">
        <DataTable
          caption="Technology chosen for each component"
          columns={['Component', 'Category', 'Technologies', 'Rationale']}
          rowHeaders
          rows={technologyChoices.map((choice) => ({
            cells: [
              choice.component,
              choice.category,
              choice.technologies.length > 0 ? (
                <TechnologyList technologies={choice.technologies} />
              ) : (
                choice.raw
              ),
              choice.rationale,
            ],
          }))}
          empty="No technology choices recorded."
        />
      </Section>
      <Section id="integration-points" title="Integration points">
        <DataTable
          caption="Systems this design connects to"
          columns={['System', 'Type', 'Notes']}
          rowHeaders
          rows={integrations.map((row) => ({
            cells: [row.system, row.type, row.notes],
          }))}
          empty="No integration points recorded."
        />
      </Section>
      <Section id="risks" title="Risks and mitigations">
        <DataTable
          caption="Known risks and how they are handled"
          columns={['Risk', 'Mitigation']}
          rows={risks.map((row) => ({
            cells: [row.risk, row.mitigation],
          }))}
          empty="No risks recorded."
        />
      </Section>
      <Section id="alternatives" title="Alternatives considered">
        <DataTable
          caption="Options weighed and why they were not selected"
          columns={['Alternative', 'Pros', 'Cons', 'Why not selected']}
          rowHeaders
          rows={alternatives.map((alt) => ({
            cells: [
              <Alternative name={alt.alternative} technologies={alt.technologies} />,
              alt.pros,
              alt.cons,
              alt.whyNotSelected,
            ],
          }))}
          empty="No alternatives recorded."
        />
      </Section>
    </>
  );
}
