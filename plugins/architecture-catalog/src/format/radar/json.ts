import { RADAR_RINGS } from '../../engine/radar/radar.js';
import { compareNames } from '../../engine/report/sort.js';
import type { RadarFormatter } from './formatter.js';

/**
 * The radar with its usage: every entry with the use cases that chose it,
 * and the technologies off it, most chosen first.
 */
export const radarJson: RadarFormatter = (usage, policy) =>
  `${JSON.stringify(
    {
      quadrants: policy.quadrants.map((quadrant) => ({
        name: quadrant.name,
        categories: quadrant.categories,
      })),
      rings: RADAR_RINGS,
      entries: usage.entries.map(({ entry, category, quadrant, useCases }, i) => ({
        number: i + 1,
        technology: entry.technology,
        category,
        quadrant: policy.quadrants[quadrant]?.name ?? null,
        ring: entry.ring,
        reason: entry.reason,
        replacedBy: entry.replacedBy,
        since: entry.since,
        useCases: useCases.map((useCase) => useCase.id),
      })),
      offRadar: [...usage.offRadar]
        .sort(([a, x], [b, y]) => y.length - x.length || compareNames(a, b))
        .map(([technology, useCases]) => ({
          technology,
          useCases: useCases.map((useCase) => useCase.id),
        })),
    },
    null,
    2,
  )}\n`;
