import { describe, expect, it } from 'vitest';
import type { Measure, UseCaseSummary } from '../../views/types.js';
import { filterUseCases, sortUseCases } from './sort-use-cases.js';

const PHASES = ['Handoff', 'Architecture', 'Implementation'];
const measure = (value: number | null): Measure => ({
  value,
  display: value === null ? '—' : `${value}`,
});

function useCase(id: string, name: string, extra: Partial<UseCaseSummary> = {}): UseCaseSummary {
  return {
    id,
    name,
    url: `/${id}`,
    phase: null,
    status: null,
    patterns: [],
    requirements: {
      latency: measure(null),
      throughput: measure(null),
      availability: measure(null),
      freshness: measure(null),
    },
    technologies: [],
    validation: 'valid',
    errors: 0,
    warnings: 0,
    radar: [],
    ...extra,
  };
}

const ids = (list: UseCaseSummary[]) => list.map((uc) => uc.id);

describe('sortUseCases', () => {
  const list = [
    useCase('UC-10', 'beta', {
      phase: 'Architecture',
      requirements: { ...useCase('x', 'x').requirements, latency: measure(50) },
    }),
    useCase('UC-9', 'Alpha', { phase: 'Handoff' }),
    useCase('UC-011', 'alpha', {
      requirements: { ...useCase('x', 'x').requirements, latency: measure(5) },
    }),
  ];

  it('sorts ids by their number', () => {
    expect(ids(sortUseCases(list, 'id', 'asc', PHASES))).toEqual(['UC-9', 'UC-10', 'UC-011']);
    expect(ids(sortUseCases(list, 'id', 'desc', PHASES))).toEqual(['UC-011', 'UC-10', 'UC-9']);
  });

  it('sorts text without regard to case, then by code point, ties by id', () => {
    expect(ids(sortUseCases(list, 'name', 'asc', PHASES))).toEqual(['UC-9', 'UC-011', 'UC-10']);
  });

  it('keeps unknown values last in either direction', () => {
    expect(ids(sortUseCases(list, 'latency', 'asc', PHASES))).toEqual(['UC-011', 'UC-10', 'UC-9']);
    expect(ids(sortUseCases(list, 'latency', 'desc', PHASES))).toEqual(['UC-10', 'UC-011', 'UC-9']);
    expect(ids(sortUseCases(list, 'phase', 'asc', PHASES))).toEqual(['UC-9', 'UC-10', 'UC-011']);
  });

  it('ranks validation: valid, warnings, errors, no design, then by counts', () => {
    const states = [
      useCase('UC-1', 'a', { validation: 'errors', errors: 2 }),
      useCase('UC-2', 'b', { validation: 'no-design' }),
      useCase('UC-3', 'c', { validation: 'errors', errors: 1 }),
      useCase('UC-4', 'd', { validation: 'warnings', warnings: 3 }),
      useCase('UC-5', 'e'),
    ];
    expect(ids(sortUseCases(states, 'validation', 'asc', PHASES))).toEqual([
      'UC-5',
      'UC-4',
      'UC-3',
      'UC-1',
      'UC-2',
    ]);
  });
});

describe('filterUseCases', () => {
  const list = [
    useCase('UC-1', 'Fraud', {
      phase: 'Architecture',
      technologies: ['Kafka'],
      patterns: [{ name: 'Streaming', url: '/s' }],
      radar: ['hold'],
    }),
    useCase('UC-2', 'Churn', { phase: 'Handoff', validation: 'no-design', radar: ['off-radar'] }),
  ];
  const none = { pattern: '', tech: '', phase: '', state: '', radar: '', q: '' };

  it('lets everything through with no filter, and applies each one', () => {
    expect(ids(filterUseCases(list, none, {}))).toEqual(['UC-1', 'UC-2']);
    expect(ids(filterUseCases(list, { ...none, pattern: 'Streaming' }, {}))).toEqual(['UC-1']);
    expect(ids(filterUseCases(list, { ...none, tech: 'Kafka' }, {}))).toEqual(['UC-1']);
    expect(ids(filterUseCases(list, { ...none, phase: 'Handoff' }, {}))).toEqual(['UC-2']);
    expect(ids(filterUseCases(list, { ...none, state: 'no-design' }, {}))).toEqual(['UC-2']);
    expect(ids(filterUseCases(list, { ...none, radar: 'hold' }, {}))).toEqual(['UC-1']);
    expect(ids(filterUseCases(list, { ...none, radar: 'off-radar' }, {}))).toEqual(['UC-2']);
    expect(ids(filterUseCases(list, { ...none, q: 'msk' }, { Kafka: ['MSK'] }))).toEqual(['UC-1']);
  });
});
