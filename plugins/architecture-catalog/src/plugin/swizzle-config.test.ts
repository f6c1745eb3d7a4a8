import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getSwizzleConfig } from './swizzle-config.js';

const KIT_DIR = new URL('../theme/ArchCatalog/', import.meta.url);
const TYPINGS = readFileSync(new URL('../theme/arch-catalog-theme.d.ts', import.meta.url), 'utf8');

/** Every component of the kit: a folder with an index, or a `.tsx` file. */
function kitParts(): string[] {
  return readdirSync(KIT_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() || entry.name.endsWith('.tsx'))
    .map((entry) => `ArchCatalog/${entry.name.replace(/\.tsx$/, '')}`)
    .sort();
}

describe('the theme kit', () => {
  it('offers every part for swizzling, safely', () => {
    const { components } = getSwizzleConfig();
    expect(Object.keys(components).sort()).toEqual(kitParts());
    for (const config of Object.values(components))
      expect(config.actions).toEqual({ eject: 'safe', wrap: 'safe' });
  });

  it('declares the props of every part as a @theme module', () => {
    const declared = [...TYPINGS.matchAll(/declare module '@theme\/(ArchCatalog\/\w+)'/g)].map(
      (match) => match[1],
    );
    for (const part of kitParts()) expect(declared).toContain(part);
  });
});
