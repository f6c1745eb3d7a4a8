import { RADAR_RINGS } from '../engine/radar/radar.js';
import { radarUsage, type RadarEntryUsage, type RadarPolicy } from '../engine/radar/usage.js';
import { compareNames } from '../engine/report/sort.js';
import type { TechnologyIndex } from '../engine/technologies/index.js';
import type { UseCase } from '../engine/types.js';
import type { CatalogPaths } from './catalog-paths.js';
import { layoutBlips } from './radar-layout.js';
import { useCaseRef } from './summaries.js';
import type { Count, RadarBlip, RadarPageData } from './types.js';

export type { RadarPolicy } from '../engine/radar/usage.js';

/** How many technologies chosen off the radar the page lists, most chosen first. */
const MOST_CHOSEN_OFF_RADAR = 10;

/** The technologies the radar names: its entries and their replacements. */
export function radarTechnologies(policy: RadarPolicy): string[] {
  return policy.entries.flatMap((entry) =>
    entry.replacedBy === null ? [entry.technology] : [entry.technology, entry.replacedBy],
  );
}

export function radarView(
  useCases: readonly UseCase[],
  policy: RadarPolicy,
  technologies: TechnologyIndex,
  paths: CatalogPaths,
): RadarPageData {
  const usage = radarUsage(useCases, policy, technologies);
  const blips = blipsOf(usage.entries, paths);
  return {
    links: paths.links,
    quadrants: policy.quadrants.map((quadrant) => quadrant.name),
    rings: [...RADAR_RINGS],
    blips,
    holdChosen: blips.filter((blip) => blip.ring === 'hold' && blip.useCases.length > 0),
    adoptUnchosen: blips.filter((blip) => blip.ring === 'adopt' && blip.useCases.length === 0),
    offRadar: [...usage.offRadar]
      .map(([name, chosenBy]): Count => ({
        name,
        url: paths.technology(name),
        count: chosenBy.length,
      }))
      .sort((a, b) => b.count - a.count || compareNames(a.name, b.name))
      .slice(0, MOST_CHOSEN_OFF_RADAR),
  };
}

/** The blips, numbered in reading order, placed on the chart. */
function blipsOf(entries: readonly RadarEntryUsage[], paths: CatalogPaths): RadarBlip[] {
  const sizes = entries.map(({ useCases }) => blipRadius(useCases.length));
  const placedAt = layoutBlips(
    entries.map(({ quadrant, entry }, i) => ({ quadrant, ring: entry.ring, radius: sizes[i]! })),
  );
  return entries.map(({ entry, category, quadrant, useCases }, i) => ({
    number: i + 1,
    name: entry.technology,
    url: paths.technology(entry.technology),
    category,
    quadrant,
    ring: entry.ring,
    reason: entry.reason,
    replacedBy:
      entry.replacedBy === null
        ? null
        : { name: entry.replacedBy, url: paths.technology(entry.replacedBy) },
    since: entry.since,
    useCases: useCases.map((useCase) => useCaseRef(useCase, paths)),
    x: placedAt[i]!.x,
    y: placedAt[i]!.y,
    radius: placedAt[i]!.radius,
  }));
}

/** A blip's radius: larger the more use cases chose it, by area, within bounds. */
export function blipRadius(useCases: number): number {
  return Math.round(Math.min(18, 9 + 3 * Math.sqrt(useCases)));
}
