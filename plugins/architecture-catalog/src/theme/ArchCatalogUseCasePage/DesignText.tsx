import Empty from '@theme/ArchCatalog/Empty';
import Figure from '@theme/ArchCatalog/Figure';
import StatCards from '@theme/ArchCatalog/StatCards';
import DataTable from '@theme/ArchCatalog/DataTable';
import Muted from '@theme/ArchCatalog/Muted';
import RequirementValue from '@theme/ArchCatalog/RequirementValue';
import Section from '@theme/ArchCatalog/Section';
import Diagram from '@theme/ArchCatalog/Diagram';
import type { ReactNode } from 'react';
import { REQUIREMENT_KEYS, REQUIREMENT_LABELS } from '../../views/types.js';
import type { TextBlock, UseCasePageData } from '../../views/types.js';
import styles from './styles.module.css';

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

function Requirements({ data }: { data: UseCasePageData }): ReactNode {
  return (
    <Section id="requirements" title="Requirements">
      <StatCards
        items={REQUIREMENT_KEYS.map((key) => ({
          key,
          label: REQUIREMENT_LABELS[key],
          value: <RequirementValue measure={data.summary.requirements[key]} />,
        }))}
      />
      <DataTable
        caption="Requirements as written in the design"
        columns={['Requirement', 'Value', 'Source']}
        rowHeaders
        rows={data.requirementRows.map((row, i) => ({
          key: `${row.name}-${i}`,
          cells: [row.name, row.raw, row.source || <Muted>not stated</Muted>],
        }))}
        empty="No requirement rows recorded."
      />
    </Section>
  );
}

/** The design's prose: requirements, constraints, rationale, pattern diagrams, components. */
export default function DesignText({ data }: { data: UseCasePageData }): ReactNode {
  const { constraints, rationale, diagrams, components, summary } = data;
  return (
    <>
      <Requirements data={data} />
      <Section id="constraints" title="Constraints">
        {constraints.length > 0 ? (
          <ul>
            {constraints.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        ) : (
          <Empty>No constraints recorded.</Empty>
        )}
      </Section>
      <Section id="pattern-rationale" title="Pattern rationale">
        {rationale.trim() ? (
          <Paragraphs text={rationale} />
        ) : (
          <Empty>No pattern rationale recorded.</Empty>
        )}
      </Section>
      <Section
        id="pattern-diagram"
        title={diagrams.length > 1 ? 'Pattern diagrams' : 'Pattern diagram'}
      >
        {diagrams.length > 0 ? (
          diagrams.map((d) => (
            <Figure
              key={d.pattern}
              testId="usecase-diagram"
              caption={`${d.pattern} pattern, with the technologies ${summary.id} chose`}
            >
              <Diagram value={d.mermaid} label={`${d.pattern} pattern in ${summary.id}`} />
            </Figure>
          ))
        ) : (
          <Empty>No pattern diagram recorded.</Empty>
        )}
      </Section>
      <Section id="component-design" title="Component design">
        {components.length > 0 ? (
          components.map((c) => (
            <div key={c.name} className={styles.component}>
              <h3>{c.name}</h3>
              {c.blocks.length > 0 ? (
                <Blocks blocks={c.blocks} />
              ) : (
                <Empty>No details recorded.</Empty>
              )}
            </div>
          ))
        ) : (
          <Empty>No component design recorded.</Empty>
        )}
      </Section>
    </>
  );
}
