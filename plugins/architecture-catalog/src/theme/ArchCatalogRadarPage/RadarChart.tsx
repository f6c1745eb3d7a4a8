import type { ReactNode } from 'react';
import { RADAR_SIZE, RING_RADII } from '../../views/radar-layout.js';
import type { RadarPageData } from '../../views/types.js';
import { ringLabel, chosenBy } from './words.js';
import styles from './styles.module.css';

const CENTRE = RADAR_SIZE / 2;

/** Where each quadrant's name sits: in its corner of the square. */
const CORNERS = [
  { x: 8, y: 22, anchor: 'start' },
  { x: RADAR_SIZE - 8, y: 22, anchor: 'end' },
  { x: 8, y: RADAR_SIZE - 12, anchor: 'start' },
  { x: RADAR_SIZE - 8, y: RADAR_SIZE - 12, anchor: 'end' },
] as const;

/**
 * The radar as an SVG drawn at build time: rings from the centre out, the
 * four quadrants, and a numbered blip per technology, sized by the use cases
 * that chose it, each a link to its technology's page.
 */
export default function RadarChart({ data }: { data: RadarPageData }): ReactNode {
  const outer = [...data.rings].reverse();
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${RADAR_SIZE} ${RADAR_SIZE}`}
      role="group"
      aria-labelledby="radar-chart-title"
    >
      <title id="radar-chart-title">
        {`Technology radar: ${data.blips.length} technologies in ${data.rings.length} rings`}
      </title>
      {outer.map((ring) => (
        <circle
          key={ring}
          cx={CENTRE}
          cy={CENTRE}
          r={RING_RADII[ring]}
          className={`${styles.ring} ${styles[`ring-${ring}`]}`}
        />
      ))}
      <line x1={CENTRE} y1={0} x2={CENTRE} y2={RADAR_SIZE} className={styles.axis} />
      <line x1={0} y1={CENTRE} x2={RADAR_SIZE} y2={CENTRE} className={styles.axis} />
      {data.rings.map((ring, i) => {
        const inner = i === 0 ? 0 : RING_RADII[data.rings[i - 1]!];
        const middle = (inner + RING_RADII[ring]) / 2;
        return [CENTRE - middle, CENTRE + middle].map((x) => (
          <text key={`${ring}-${x}`} x={x} y={CENTRE} className={styles.ringName}>
            {ringLabel(ring)}
          </text>
        ));
      })}
      {data.quadrants.map((name, i) => (
        <text
          key={name}
          x={CORNERS[i]!.x}
          y={CORNERS[i]!.y}
          textAnchor={CORNERS[i]!.anchor}
          className={styles.quadrantName}
        >
          {name}
        </text>
      ))}
      {data.blips.map((blip) => (
        <a
          key={blip.name}
          href={blip.url}
          aria-label={`${blip.number}. ${blip.name}: ${ringLabel(blip.ring)}, ${chosenBy(blip.useCases.length)}`}
        >
          <title>{`${blip.name}: ${ringLabel(blip.ring)}, ${chosenBy(blip.useCases.length)}`}</title>
          <circle
            cx={blip.x}
            cy={blip.y}
            r={blip.radius}
            className={`${styles.blip} ${styles[`blip-${blip.ring}`]}`}
          />
          <text x={blip.x} y={blip.y} className={styles.blipNumber}>
            {blip.number}
          </text>
        </a>
      ))}
    </svg>
  );
}
