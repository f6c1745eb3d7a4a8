import { describe, expect, it } from 'vitest';
import { BUILTIN_TECHNOLOGIES, TECHNOLOGY_CATEGORIES } from './aliases.js';
import { keyOf } from './tokens.js';

describe('BUILTIN_TECHNOLOGIES', () => {
  it('has at least 100 technologies', () => {
    expect(BUILTIN_TECHNOLOGIES.length).toBeGreaterThanOrEqual(100);
  });

  it('uses only the fixed categories, each at least once', () => {
    const used = new Set(BUILTIN_TECHNOLOGIES.map((technology) => technology.category));
    expect([...used].sort()).toEqual([...TECHNOLOGY_CATEGORIES].sort());
  });

  it('gives every spelling to exactly one technology', () => {
    const owners = new Map<string, string[]>();
    for (const technology of BUILTIN_TECHNOLOGIES) {
      for (const name of [technology.name, ...technology.aliases]) {
        owners.set(keyOf(name), [...(owners.get(keyOf(name)) ?? []), technology.name]);
      }
    }
    const shared = [...owners].filter(([, names]) => names.length > 1);
    expect(shared).toEqual([]);
  });

  it('has no empty names or aliases', () => {
    const spellings = BUILTIN_TECHNOLOGIES.flatMap((technology) => [
      technology.name,
      ...technology.aliases,
    ]);
    expect(spellings.filter((spelling) => keyOf(spelling) === '')).toEqual([]);
  });
});
