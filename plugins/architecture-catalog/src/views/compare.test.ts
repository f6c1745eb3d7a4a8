import { describe, expect, it } from 'vitest';
import {
  compareSelection,
  sameTechnologies,
  stricterColumns,
  technologiesIn,
  technologyRows,
} from './compare.js';
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

describe('stricterColumns', () => {
  const entry = (throughput: number | null, latency: number | null) =>
    ({
      requirements: {
        throughput: { value: throughput, display: '' },
        latency: { value: latency, display: '' },
      },
    }) as unknown as CompareEntry;

  it('marks the highest throughput and the lowest latency', () => {
    // 2.4M a night in a 2 h window is 333/s: stricter than 100/s.
    const entries = [entry(2_400_000 / 7_200, 2_000), entry(100, 50), entry(null, 50)];
    expect([...stricterColumns(entries, 'throughput')]).toEqual([0]);
    expect([...stricterColumns(entries, 'latency')]).toEqual([1, 2]);
  });

  it('marks nothing on a tie or with fewer than two known values', () => {
    expect([...stricterColumns([entry(5, null), entry(5, null)], 'throughput')]).toEqual([]);
    expect([...stricterColumns([entry(5, null), entry(null, null)], 'throughput')]).toEqual([]);
  });
});

describe('sameTechnologies', () => {
  it('ignores order, not content', () => {
    expect(sameTechnologies(['Kafka', 'Flink'], ['Flink', 'Kafka'])).toBe(true);
    expect(sameTechnologies(['Kafka'], ['Kafka', 'Flink'])).toBe(false);
  });
});

describe('technologyRows', () => {
  const entry = (technologies: Record<string, string[]>) =>
    ({ technologies }) as unknown as CompareEntry;

  it('keeps the categories some entry chose in, in order, and marks those that differ', () => {
    const entries = [
      entry({ 'Event Streaming': ['Kafka'], Monitoring: ['Grafana', 'Prometheus'] }),
      entry({
        'Event Streaming': ['Kafka'],
        Monitoring: ['Prometheus', 'Grafana'],
        Database: ['Redis'],
      }),
    ];
    const rows = technologyRows(entries, [
      'Database',
      'Feature Store',
      'Event Streaming',
      'Monitoring',
    ]);
    expect(rows.map((row) => [row.category, row.differs])).toEqual([
      ['Database', true],
      ['Event Streaming', false],
      ['Monitoring', false],
    ]);
    expect(rows[0]!.technologies).toEqual([[], ['Redis']]);
  });
});
