import { uniqueSlugs } from '../../views/slug.js';
import { describeEntry } from './describe.js';
import type { RadarFormatter } from './formatter.js';

/** Backstage's ring colours are ours, so a radar looks the same in both. */
const RINGS = [
  { id: 'adopt', name: 'ADOPT', color: '#1b7d3a' },
  { id: 'trial', name: 'TRIAL', color: '#1f5fa8' },
  { id: 'assess', name: 'ASSESS', color: '#8a5a00' },
  { id: 'hold', name: 'HOLD', color: '#b3261e' },
];

/**
 * What Backstage's tech-radar plugin loads (`TechRadarLoaderResponse`):
 * quadrants and rings by id, and entries each with a one-snapshot timeline
 * in its ring, dated by its `since` (or `asOf`).
 */
export const radarBackstage: RadarFormatter = (usage, policy, { asOf }) => {
  const quadrantIds = uniqueSlugs(
    policy.quadrants.map((quadrant) => quadrant.name),
    'quadrant',
  );
  const entryIds = uniqueSlugs(
    usage.entries.map((used) => used.entry.technology),
    'technology',
  );
  return `${JSON.stringify(
    {
      quadrants: policy.quadrants.map((quadrant, i) => ({
        id: quadrantIds[i],
        name: quadrant.name,
      })),
      rings: RINGS,
      entries: usage.entries.map((used, i) => {
        const id = entryIds[i];
        return {
          key: id,
          id,
          quadrant: quadrantIds[used.quadrant],
          title: used.entry.technology,
          description: describeEntry(used),
          timeline: [
            {
              moved: 0,
              ringId: used.entry.ring,
              date: used.entry.since ?? asOf,
              description: used.entry.reason ?? '',
            },
          ],
        };
      }),
    },
    null,
    2,
  )}\n`;
};
