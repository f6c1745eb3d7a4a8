import { describe, expect, it } from 'vitest';
import { createTechnologyIndex } from '../technologies/index.js';
import { edit, runDesignRule, VALID_DESIGN, where } from './__fixtures__/harness.js';

const TECHNOLOGY = '| Apache Kafka + Flink |';

describe('unknown-technology', () => {
  it('fires at the cell of a name one typo from a known one, suggesting it', () => {
    const doc = edit(VALID_DESIGN, TECHNOLOGY, '| Apache Kafak + Flnik |');
    expect(runDesignRule('unknown-technology', doc)).toEqual([
      expect.objectContaining({
        ...where(doc, 'Apache Kafak'),
        message: "Unknown technology 'Apache Kafak'",
        hint: expect.stringMatching(/^did you mean 'Kafka'\?/),
        section: 'Technology Choices > Event transport',
      }),
      expect.objectContaining({
        message: "Unknown technology 'Flnik'",
        hint: expect.stringMatching(/^did you mean 'Flink'\?/),
      }),
    ]);
  });

  it('passes honest new tools and known names', () => {
    const doc = edit(VALID_DESIGN, TECHNOLOGY, '| Chronon + Kafka + Pinot + Zipline |');
    expect(runDesignRule('unknown-technology', doc)).toEqual([]);
  });
});

describe('suggest', () => {
  const index = createTechnologyIndex();
  it.each([
    ['Kafak', 'Kafka'],
    ['Snowflak', 'Snowflake'],
    ['Airflwo', 'Airflow'],
    ['Kubernetse', 'Kubernetes'],
    ['Chronon', undefined],
    ['Hightouch', undefined],
    ['Rayy', 'Ray'],
    ['Dsk', undefined],
  ])('%j -> %j', (name, suggestion) => {
    expect(index.suggest(name)).toBe(suggestion);
  });
});
