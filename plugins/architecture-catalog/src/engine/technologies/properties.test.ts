import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TechnologyRef } from '../types.js';
import { BUILTIN_TECHNOLOGIES, createTechnologyIndex } from './index.js';

const RUNS = { numRuns: 300 };
const index = createTechnologyIndex();

/** Names known and unknown, descriptions, and text built to break markup or mermaid. */
const NAMES = [
  ...['Kafka', 'Apache Kafka', 'MSK', 'Flink', 'Feast', 'Redis', 'BigQuery', 'Pub/Sub'],
  ...['Weights & Biases', 'W&B', 'MLflow Model Registry', 'K8s', 'TF Serving', 'scikit-learn'],
  ...['Chronon', 'Rockset', 'GrowthBook', 'Foo-like OLAP store', 'XGBoost 1.7', 'Postgres 15'],
  ...['custom Python service', 'online', 'TBD', 'N/A', 'Lambda architecture', 'CI/CD'],
  ...['in-house Go service', 'Zipline', 'ÄÖÜ Engine', '数据平台', 'Kafka™', 'x'.repeat(70)],
  ...['"]; click A call alert(1)', '%%{init: {"securityLevel":"loose"}}%%', '<b>Bold</b>'],
  ...['`Tick`', '[Feast](https://feast.dev)', '**Kafka**', '~~Spark~~', 'A/B testing'],
];

/** Separators as they are written; the property adds spaces around them. `&` alone cuts only when spaced. */
const SEPARATORS = [
  ',',
  ';',
  '/',
  '+',
  '|',
  ':',
  ' and ',
  ' or ',
  ' with ',
  ' on ',
  ' via ',
  ' & ',
];

const cell = fc.tuple(
  fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 6 }),
  fc.array(fc.constantFrom(...SEPARATORS), { minLength: 1 }),
);

const anyText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc
    .array(fc.constantFrom(...NAMES, ...SEPARATORS, '(', ')', '\n', '&'), { maxLength: 12 })
    .map((parts) => parts.join('')),
);

function join(names: readonly string[], separators: readonly string[], pad: string): string {
  return names
    .map((name, i) => (i === 0 ? name : `${pad}${separators[i % separators.length]}${pad}${name}`))
    .join('');
}

function expectWellFormed(refs: readonly TechnologyRef[]): void {
  const keys = refs.map((ref) => ref.name.toLowerCase());
  expect(new Set(keys).size).toBe(keys.length);
  for (const ref of refs) {
    expect(ref.name.trim()).toBe(ref.name);
    expect(ref.name.length).toBeGreaterThan(0);
    expect(ref.name).not.toMatch(/\s{2}|\n/);
    expect(ref.known).toBe(ref.category !== null);
  }
}

describe('the technology splitter', () => {
  it('never throws, never returns an empty or duplicate name, and is deterministic', () => {
    const fresh = createTechnologyIndex();
    fc.assert(
      fc.property(anyText, (text) => {
        const refs = index.split(text);
        expectWellFormed(refs);
        expect(index.split(text)).toEqual(refs);
        expect(fresh.split(text)).toEqual(refs);
        expect(() => index.mentions(text)).not.toThrow();
        expect(() => index.lookup(text)).not.toThrow();
      }),
      RUNS,
    );
  });

  it('gives the same technologies with extra spaces around the separators', () => {
    fc.assert(
      fc.property(cell, fc.constantFrom('  ', ' \t ', '\u00a0'), ([names, separators], pad) => {
        const tight = join(names, separators, '');
        const loose = `${pad}${join(names, separators, pad)}${pad}`;
        expect(index.split(loose)).toEqual(index.split(tight));
      }),
      RUNS,
    );
  });

  it('ignores the case of the cell for known technologies', () => {
    fc.assert(
      fc.property(cell, ([names, separators]) => {
        const text = join(names, separators, ' ');
        // Which technologies, not what is said of them: whether words before `(…)` read as a
        // name, and so take its qualifiers, rightly depends on their case.
        const known = (raw: string) =>
          index
            .split(raw)
            .filter((ref) => ref.known)
            .map(({ name, category, family }) => ({ name, category, family }));
        expect(known(text.toLowerCase())).toEqual(known(text));
        expect(known(text.toUpperCase())).toEqual(known(text));
      }),
      RUNS,
    );
  });

  it('reads every built-in name and alias, in any case and padding, as that technology', () => {
    for (const technology of BUILTIN_TECHNOLOGIES) {
      for (const spelling of [technology.name, ...technology.aliases]) {
        expect(index.lookup(spelling)?.name, spelling).toBe(technology.name);
        for (const form of [spelling, ` ${spelling.toUpperCase()} `, spelling.toLowerCase()]) {
          expect(
            index.split(form).map((ref) => ref.name),
            form,
          ).toEqual([technology.name]);
        }
      }
    }
  });
});
