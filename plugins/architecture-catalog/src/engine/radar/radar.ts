import type { TechnologyCategory } from '../technologies/aliases.js';
import type { TechnologyRef } from '../types.js';

/** A radar's rings, from the centre out. */
export const RADAR_RINGS = ['adopt', 'trial', 'assess', 'hold'] as const;
export type RadarRing = (typeof RADAR_RINGS)[number];

/** One technology's place on the radar, as the config states it, its names canonical. */
export interface RadarEntry {
  /** The technology's canonical name: a product, or a family that covers its products. */
  technology: string;
  ring: RadarRing;
  reason: string | null;
  /** The canonical name of what to choose instead. */
  replacedBy: string | null;
  /** The day the entry took its ring, `YYYY-MM-DD`. */
  since: string | null;
}

/** A quarter of the radar: the technology categories it holds. */
export interface RadarQuadrant {
  name: string;
  categories: readonly string[];
}

/**
 * The quadrants when the config names none: the data a model learns from,
 * how it is trained, how it serves, and what runs it all. The last one also
 * holds categories a config adds.
 */
export const DEFAULT_RADAR_QUADRANTS: readonly RadarQuadrant[] = [
  {
    name: 'Data',
    categories: [
      'Event Streaming',
      'Stream Processing',
      'Batch Processing',
      'Feature Store',
      'Data Warehouse',
      'Data Lake / Storage',
      'Database',
      'Cache / Online Store',
      'Search / Vector',
      'Data Quality',
      'Labeling',
    ] satisfies TechnologyCategory[],
  },
  {
    name: 'Training',
    categories: [
      'ML Framework',
      'Training Compute',
      'Hyperparameter Tuning',
      'Experiment Tracking',
      'Model Registry',
      'ML Platform',
    ] satisfies TechnologyCategory[],
  },
  {
    name: 'Serving',
    categories: ['Model Serving', 'Edge Runtime', 'API Gateway'] satisfies TechnologyCategory[],
  },
  {
    name: 'Platform & Operations',
    categories: [
      'Orchestration',
      'Container Platform',
      'Monitoring',
      'CI/CD & IaC',
    ] satisfies TechnologyCategory[],
  },
];

/** The quadrant holding a category, if any. */
export function quadrantOf(
  category: string,
  quadrants: readonly RadarQuadrant[],
): RadarQuadrant | undefined {
  return quadrants.find((quadrant) => quadrant.categories.includes(category));
}

/** The radar's entries by canonical technology name. */
export type RadarIndex = ReadonlyMap<string, RadarEntry>;

export function radarIndex(entries: readonly RadarEntry[]): RadarIndex {
  return new Map(entries.map((entry) => [entry.technology, entry]));
}

/**
 * The entry that places a chosen technology: its own, else its family's
 * (Amazon MSK is where Kafka is, unless the radar places MSK itself).
 */
export function radarPlaceOf(
  technology: { name: string; family: string },
  radar: RadarIndex,
): RadarEntry | undefined {
  return radar.get(technology.name) ?? radar.get(technology.family);
}

/**
 * The entries a design's choices fall under, and the known technologies it
 * chose that the radar does not place. Unknown names are neither.
 */
export function radarPlacesChosen(
  choices: readonly { technologies: readonly TechnologyRef[] }[],
  radar: RadarIndex,
): { placed: Set<RadarEntry>; unplaced: Set<string> } {
  const placed = new Set<RadarEntry>();
  const unplaced = new Set<string>();
  for (const choice of choices) {
    for (const ref of choice.technologies) {
      if (!ref.known) continue;
      const entry = radarPlaceOf(ref, radar);
      if (entry) placed.add(entry);
      else unplaced.add(ref.name);
    }
  }
  return { placed, unplaced };
}
