import {
  quadrantOf,
  radarIndex,
  radarPlacesChosen,
  RADAR_RINGS,
  type RadarEntry,
  type RadarQuadrant,
} from '../engine/radar/radar.js';
import type { TechnologyIndex } from '../engine/technologies/index.js';
import type { UseCase } from '../engine/types.js';
import type { CatalogPaths } from './catalog-paths.js';
import { layoutBlips } from './radar-layout.js';
import { compareNames, useCaseRef } from './summaries.js';
import type { Count, RadarBlip, RadarPageData, UseCaseRef } from './types.js';

/** How many technologies chosen off the radar the page lists, most chosen first. */
const MOST_CHOSEN_OFF_RADAR = 10;

/** The radar as the config states it. */
export interface RadarPolicy {
  entries: readonly RadarEntry[];
  quadrants: readonly RadarQuadrant[];
}

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
  const radar = radarIndex(policy.entries);
  const chosenBy = new Map<RadarEntry, UseCaseRef[]>();
  const offRadar = new Map<string, number>();
  for (const useCase of useCases) {
    const { placed, unplaced } = radarPlacesChosen(useCase.design?.technologies ?? [], radar);
    const ref = useCaseRef(useCase, paths);
    for (const entry of placed) chosenBy.set(entry, [...(chosenBy.get(entry) ?? []), ref]);
    for (const name of unplaced) offRadar.set(name, (offRadar.get(name) ?? 0) + 1);
  }
  const blips = blipsOf(policy, technologies, paths, (entry) => chosenBy.get(entry) ?? []);
  return {
    links: paths.links,
    quadrants: policy.quadrants.map((quadrant) => quadrant.name),
    rings: [...RADAR_RINGS],
    blips,
    holdChosen: blips.filter((blip) => blip.ring === 'hold' && blip.useCases.length > 0),
    adoptUnchosen: blips.filter((blip) => blip.ring === 'adopt' && blip.useCases.length === 0),
    offRadar: [...offRadar]
      .map(([name, count]): Count => ({ name, url: paths.technology(name), count }))
      .sort((a, b) => b.count - a.count || compareNames(a.name, b.name))
      .slice(0, MOST_CHOSEN_OFF_RADAR),
  };
}

/** The blips, numbered in reading order: by quadrant, then ring, then name. */
function blipsOf(
  policy: RadarPolicy,
  technologies: TechnologyIndex,
  paths: CatalogPaths,
  chosenBy: (entry: RadarEntry) => UseCaseRef[],
): RadarBlip[] {
  const placed = policy.entries.map((entry) => {
    const category = technologies.lookup(entry.technology)?.category ?? '';
    const quadrant = policy.quadrants.indexOf(quadrantOf(category, policy.quadrants)!);
    return { entry, category, quadrant, useCases: chosenBy(entry) };
  });
  placed.sort(
    (a, b) =>
      a.quadrant - b.quadrant ||
      RADAR_RINGS.indexOf(a.entry.ring) - RADAR_RINGS.indexOf(b.entry.ring) ||
      compareNames(a.entry.technology, b.entry.technology),
  );
  const sizes = placed.map(({ useCases }) => blipRadius(useCases.length));
  const placedAt = layoutBlips(
    placed.map(({ quadrant, entry }, i) => ({ quadrant, ring: entry.ring, radius: sizes[i]! })),
  );
  return placed.map(({ entry, category, quadrant, useCases }, i) => ({
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
    useCases,
    x: placedAt[i]!.x,
    y: placedAt[i]!.y,
    radius: placedAt[i]!.radius,
  }));
}

/** A blip's radius: larger the more use cases chose it, by area, within bounds. */
export function blipRadius(useCases: number): number {
  return Math.round(Math.min(18, 9 + 3 * Math.sqrt(useCases)));
}
