import Link from '@docusaurus/Link';
import DataTable from '@theme/ArchCatalog/DataTable';
import Empty from '@theme/ArchCatalog/Empty';
import Page from '@theme/ArchCatalog/Page';
import RadarPolicy from '@theme/ArchCatalog/RadarPolicy';
import RingBadge from '@theme/ArchCatalog/RingBadge';
import Section from '@theme/ArchCatalog/Section';
import type { ReactNode } from 'react';
import type { RadarPageData, UseCaseRef } from '../../views/types.js';
import RadarChart from './RadarChart.js';
import { chosenBy, ringLabel } from './words.js';
import styles from './styles.module.css';

function UseCaseLinks({ useCases }: { useCases: readonly UseCaseRef[] }): ReactNode {
  if (useCases.length === 0) return <span className={styles.none}>none</span>;
  return (
    <ul className={styles.inlineList}>
      {useCases.map((useCase) => (
        <li key={useCase.id}>
          <Link to={useCase.url} title={useCase.name}>
            {useCase.id}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The radar's technologies by quadrant, the chart's numbers first. */
function RadarTable({ data }: { data: RadarPageData }): ReactNode {
  return (
    <DataTable
      caption="Every technology on the radar, by quadrant"
      columns={['Quadrant', 'No.', 'Technology', 'Ring', 'Since', 'Chosen by', 'Why']}
      groups={data.quadrants.flatMap((quadrant, q) => {
        const blips = data.blips.filter((blip) => blip.quadrant === q);
        return blips.length === 0
          ? []
          : [
              {
                key: quadrant,
                header: quadrant,
                rows: blips.map((blip) => ({
                  key: blip.name,
                  cells: [
                    blip.number,
                    <Link key="name" to={blip.url}>
                      {blip.name}
                    </Link>,
                    <RingBadge key="ring" ring={blip.ring} />,
                    blip.since ?? '',
                    <UseCaseLinks key="use-cases" useCases={blip.useCases} />,
                    <RadarPolicy key="why" reason={blip.reason} replacedBy={blip.replacedBy} />,
                  ],
                })),
              },
            ];
      })}
    />
  );
}

/** Where what the designs chose departs from what the radar says. */
function PolicyAndPractice({ data }: { data: RadarPageData }): ReactNode {
  return (
    <Section id="policy-and-practice" title="Policy and practice">
      <h3>On hold, still chosen</h3>
      {data.holdChosen.length === 0 ? (
        <Empty>No design chooses a technology on hold.</Empty>
      ) : (
        <ul className={`${styles.findings} ${styles.prose}`}>
          {data.holdChosen.map((blip) => (
            <li key={blip.name}>
              <Link to={blip.url}>{blip.name}</Link>, {chosenBy(blip.useCases.length)} (
              <UseCaseLinks useCases={blip.useCases} />
              ). <RadarPolicy reason={blip.reason} replacedBy={blip.replacedBy} />
            </li>
          ))}
        </ul>
      )}
      <h3>To adopt, chosen by none</h3>
      {data.adoptUnchosen.length === 0 ? (
        <Empty>Every technology to adopt is chosen by a use case.</Empty>
      ) : (
        <ul className={`${styles.findings} ${styles.prose}`}>
          {data.adoptUnchosen.map((blip) => (
            <li key={blip.name}>
              <Link to={blip.url}>{blip.name}</Link>
              {blip.since ? `, in Adopt since ${blip.since}` : ''}
            </li>
          ))}
        </ul>
      )}
      <h3>Chosen most, not on the radar</h3>
      {data.offRadar.length === 0 ? (
        <Empty>The radar places every technology the designs chose.</Empty>
      ) : (
        <ul className={`${styles.findings} ${styles.prose}`}>
          {data.offRadar.map((technology) => (
            <li key={technology.name}>
              <Link to={technology.url}>{technology.name}</Link>, {chosenBy(technology.count)}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export default function ArchCatalogRadarPage({ data }: { data: RadarPageData }): ReactNode {
  return (
    <Page
      title="Technology radar"
      description="Which technologies to adopt, try, assess or stop choosing, and what the designs chose."
      links={data.links}
      wide
    >
      {data.blips.length === 0 ? (
        <Empty>
          No technology is on the radar yet. Place technologies in rings under <code>radar:</code>{' '}
          in <code>architecture-catalog.config.yaml</code>; the designs are then checked against it.
        </Empty>
      ) : (
        <>
          <p>
            {data.blips.length} technologies in four rings, from Adopt at the centre to Hold at the
            edge. A blip is larger the more use cases chose it; its number leads to the table below.
          </p>
          <div className={styles.layout}>
            <RadarChart data={data} />
            <ul className={styles.legend} aria-label="Rings">
              {data.rings.map((ring) => (
                <li key={ring}>
                  <span
                    className={`${styles.swatch} ${styles[`blip-${ring}`]}`}
                    aria-hidden="true"
                  />
                  {ringLabel(ring)}
                </li>
              ))}
            </ul>
          </div>
          <Section id="technologies" title="Technologies">
            <RadarTable data={data} />
          </Section>
        </>
      )}
      <PolicyAndPractice data={data} />
    </Page>
  );
}
