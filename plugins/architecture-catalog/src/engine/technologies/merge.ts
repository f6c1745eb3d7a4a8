import type { TechnologyAlias } from './aliases.js';
import { keyOf } from './tokens.js';

export function namesOf(technology: TechnologyAlias): string[] {
  return [technology.name, ...technology.aliases];
}

/**
 * An extra (user config) replaces the built-in of the same canonical name, keeping the built-in's
 * other spellings, or adds a new technology. A spelling an extra names belongs to that extra only.
 */
export function mergeTechnologies(
  builtins: readonly TechnologyAlias[],
  extras: readonly TechnologyAlias[],
): TechnologyAlias[] {
  const claimed = new Set(extras.flatMap(namesOf).map(keyOf));
  const extraByName = new Map(extras.map((extra) => [keyOf(extra.name), extra]));
  const unclaimed = (names: readonly string[]) => names.filter((name) => !claimed.has(keyOf(name)));
  const merged = builtins.map((builtin): TechnologyAlias => {
    const extra = extraByName.get(keyOf(builtin.name));
    if (!extra) return { ...builtin, aliases: unclaimed(builtin.aliases) };
    return { ...extra, aliases: [...new Set([...extra.aliases, ...unclaimed(namesOf(builtin))])] };
  });
  const builtinNames = new Set(builtins.map((builtin) => keyOf(builtin.name)));
  return [...merged, ...extras.filter((extra) => !builtinNames.has(keyOf(extra.name)))];
}

/** The technologies an extra's spellings must resolve to, after merging. */
export function extraSpellings(
  merged: readonly TechnologyAlias[],
  extras: readonly TechnologyAlias[],
): [string, TechnologyAlias][] {
  const byName = new Map(merged.map((technology) => [keyOf(technology.name), technology]));
  return extras.flatMap((extra) => {
    const technology = byName.get(keyOf(extra.name));
    return technology
      ? namesOf(extra).map((name): [string, TechnologyAlias] => [name, technology])
      : [];
  });
}
