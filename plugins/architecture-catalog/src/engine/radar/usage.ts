import { compareNames } from '../report/sort.js';
import type { TechnologyIndex } from '../technologies/index.js';
import type { UseCase } from '../types.js';
import {
  quadrantOf,
  radarIndex,
  radarPlacesChosen,
  RADAR_RINGS,
  type RadarEntry,
  type RadarQuadrant,
} from './radar.js';

/** The radar as the config states it. */
export interface RadarPolicy {
  entries: readonly RadarEntry[];
  quadrants: readonly RadarQuadrant[];
}

/** A radar entry and the use cases whose designs chose it. */
export interface RadarEntryUsage {
  entry: RadarEntry;
  category: string;
  /** Its quadrant's position in `RadarPolicy.quadrants`. */
  quadrant: number;
  /** Use cases that chose it, or a product of its family that has no entry of its own; in catalog order. */
  useCases: UseCase[];
}

/** What the designs chose, against the radar. */
export interface RadarUsage {
  /** In reading order: by quadrant, then ring from the centre out, then name. */
  entries: RadarEntryUsage[];
  /** The known technologies chosen that the radar does not place, with who chose each. */
  offRadar: Map<string, UseCase[]>;
}

/** Joins the radar's policy with what every design chose: each use case counts once per entry. */
export function radarUsage(
  useCases: readonly UseCase[],
  policy: RadarPolicy,
  technologies: TechnologyIndex,
): RadarUsage {
  const radar = radarIndex(policy.entries);
  const chosenBy = new Map<RadarEntry, UseCase[]>();
  const offRadar = new Map<string, UseCase[]>();
  for (const useCase of useCases) {
    const { placed, unplaced } = radarPlacesChosen(useCase.design?.technologies ?? [], radar);
    for (const entry of placed) chosenBy.set(entry, [...(chosenBy.get(entry) ?? []), useCase]);
    for (const name of unplaced) offRadar.set(name, [...(offRadar.get(name) ?? []), useCase]);
  }
  const entries = policy.entries.map((entry) => {
    const category = technologies.lookup(entry.technology)?.category ?? '';
    const quadrant = policy.quadrants.indexOf(quadrantOf(category, policy.quadrants)!);
    return { entry, category, quadrant, useCases: chosenBy.get(entry) ?? [] };
  });
  entries.sort(
    (a, b) =>
      a.quadrant - b.quadrant ||
      RADAR_RINGS.indexOf(a.entry.ring) - RADAR_RINGS.indexOf(b.entry.ring) ||
      compareNames(a.entry.technology, b.entry.technology),
  );
  return { entries, offRadar };
}
