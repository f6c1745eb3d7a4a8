import {
  DEFAULT_RADAR_QUADRANTS,
  quadrantOf,
  RADAR_RINGS,
  type RadarEntry,
  type RadarQuadrant,
  type RadarRing,
} from '../radar/radar.js';
import type { TechnologyIndex } from '../technologies/index.js';
import { asArray, asObject, asString, ConfigError } from './values.js';

const ENTRY_KEYS = ['name', 'ring', 'reason', 'replacedBy', 'since'];

/**
 * `radarQuadrants:`, four quadrants by name, each a list of technology
 * categories; without it the default four, the last also taking the
 * categories only the config's technologies have.
 */
export function toRadarQuadrants(
  value: unknown,
  where: string,
  index: TechnologyIndex,
): readonly RadarQuadrant[] {
  if (value === undefined || value === null) return withExtraCategories(index);
  const at = `${where}: radarQuadrants`;
  const quadrants = Object.entries(asObject(value, at));
  if (quadrants.length !== 4)
    throw new ConfigError(`${at} must name four quadrants, not ${quadrants.length}`);
  const holder = new Map<string, string>();
  return quadrants.map(([name, list]) => {
    const categories = asArray(list, `${at}.${name}`).map((item, i) =>
      asString(item, `${at}.${name}[${i}]`),
    );
    for (const category of categories) {
      const other = holder.get(category);
      if (other !== undefined)
        throw new ConfigError(`${at}.${name}: '${category}' is already in the quadrant '${other}'`);
      holder.set(category, name);
    }
    return { name, categories };
  });
}

function withExtraCategories(index: TechnologyIndex): readonly RadarQuadrant[] {
  const placed = new Set(DEFAULT_RADAR_QUADRANTS.flatMap((quadrant) => quadrant.categories));
  const extra = [...new Set(index.technologies.map((technology) => technology.category))].filter(
    (category) => !placed.has(category),
  );
  if (extra.length === 0) return DEFAULT_RADAR_QUADRANTS;
  const last = DEFAULT_RADAR_QUADRANTS.at(-1)!;
  return [
    ...DEFAULT_RADAR_QUADRANTS.slice(0, -1),
    { ...last, categories: [...last.categories, ...extra] },
  ];
}

/** `radar:`, each entry a known technology in a ring, once, in a quadrant. */
export function toRadar(
  value: unknown,
  where: string,
  index: TechnologyIndex,
  quadrants: readonly RadarQuadrant[],
): RadarEntry[] {
  if (value === undefined || value === null) return [];
  const placedAt = new Map<string, number>();
  return asArray(value, `${where}: radar`).map((item, i) => {
    const at = `${where}: radar[${i}]`;
    const entry = asObject(item, at);
    const unknown = Object.keys(entry).find((key) => !ENTRY_KEYS.includes(key));
    if (unknown !== undefined)
      throw new ConfigError(`${at}: unknown key '${unknown}' (known: ${ENTRY_KEYS.join(', ')})`);
    const technology = asTechnology(entry.name, `${at}.name`, index);
    const earlier = placedAt.get(technology.name);
    if (earlier !== undefined)
      throw new ConfigError(
        `${at}.name: ${technology.name} is already on the radar at radar[${earlier}]`,
      );
    placedAt.set(technology.name, i);
    if (!quadrantOf(technology.category, quadrants))
      throw new ConfigError(
        `${at}.name: ${technology.name} is in the category '${technology.category}', which no quadrant of radarQuadrants holds`,
      );
    const replacedBy = optional(
      entry.replacedBy,
      (v) => asTechnology(v, `${at}.replacedBy`, index).name,
    );
    if (replacedBy === technology.name)
      throw new ConfigError(`${at}.replacedBy: ${technology.name} cannot replace itself`);
    return {
      technology: technology.name,
      ring: asRing(entry.ring, `${at}.ring`),
      reason: optional(entry.reason, (v) => asString(v, `${at}.reason`)),
      replacedBy,
      since: optional(entry.since, (v) => asDay(v, `${at}.since`)),
    };
  });
}

function optional<T>(value: unknown, read: (value: unknown) => T): T | null {
  return value === undefined || value === null ? null : read(value);
}

function asTechnology(value: unknown, where: string, index: TechnologyIndex) {
  const text = asString(value, where);
  const found = index.lookup(text);
  if (found) return found;
  const suggestion = index.suggest(text);
  const guess = suggestion === undefined ? '' : ` (did you mean '${suggestion}'?)`;
  throw new ConfigError(
    `${where}: '${text}' is not a known technology${guess}; a technology of your own goes under technologies: first`,
  );
}

function asRing(value: unknown, where: string): RadarRing {
  const ring = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if ((RADAR_RINGS as readonly unknown[]).includes(ring)) return ring as RadarRing;
  throw new ConfigError(`${where} must be adopt, trial, assess or hold, not '${String(value)}'`);
}

/** A day as `YYYY-MM-DD` that exists in the calendar. */
function asDay(value: unknown, where: string): string {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : asString(value, where);
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : undefined;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== text)
    throw new ConfigError(`${where} must be a day written YYYY-MM-DD, not '${String(value)}'`);
  return text;
}
