import { describe, expect, it } from 'vitest';
import { technologiesIn } from './compare.js';
import type { CompareEntry } from './types.js';

describe('technologiesIn', () => {
  const entry = { technologies: { 'Event Streaming': ['Kafka'] } } as unknown as CompareEntry;

  it("gives a category's technologies, and none for a category the use case lacks", () => {
    expect(technologiesIn(entry, 'Event Streaming')).toEqual(['Kafka']);
    expect(technologiesIn(entry, 'Feature Store')).toEqual([]);
    expect(technologiesIn(undefined, 'Event Streaming')).toEqual([]);
  });

  it('finds nothing under the names of inherited properties', () => {
    for (const category of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
      expect(technologiesIn(entry, category)).toEqual([]);
  });
});
