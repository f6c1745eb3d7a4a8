import { describe, expect, it } from 'vitest';
import { compareSelection, technologiesIn } from './compare.js';
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

describe('compareSelection', () => {
  const withDesign = ['UC-001', 'UC-002', 'UC-003', 'UC-004', 'UC-005'];
  const pick = (param: string | null) => compareSelection(param, withDesign, ['UC-009'], 4);

  it('reads ids in any case, each once, in the order given', () => {
    expect(pick('uc-003, UC-001,Uc-003')).toEqual({ ids: ['UC-003', 'UC-001'], dropped: [] });
    expect(pick(null)).toEqual({ ids: [], dropped: [] });
  });

  it('says which ids it leaves out, and why', () => {
    expect(pick('UC-001,UC-999,uc-009,UC-002,UC-003,UC-004,UC-005')).toEqual({
      ids: ['UC-001', 'UC-002', 'UC-003', 'UC-004'],
      dropped: [
        { id: 'UC-999', reason: 'no use case has this id' },
        { id: 'UC-009', reason: 'it has no Architecture Design' },
        { id: 'UC-005', reason: 'only 4 use cases can be compared' },
      ],
    });
  });
});
