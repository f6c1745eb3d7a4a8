import { describe, expect, it } from 'vitest';
import { createMemoryCache } from './memory-cache.js';
import { statusAnalysis as value } from './__fixtures__/status-analysis.js';

describe('createMemoryCache', () => {
  it('returns what was set, as a copy', () => {
    const cache = createMemoryCache();
    const stored = value('A');
    cache.set('a', stored);
    stored.status.name = 'changed after set';
    const got = cache.get('a');
    expect(got).toEqual(value('A'));
    if (got?.kind === 'status') got.status.name = 'changed after get';
    expect(cache.get('a')).toEqual(value('A'));
    expect(cache.get('b')).toBeUndefined();
  });

  it('forgets, at each sweep, the entries not used since the previous one', () => {
    const cache = createMemoryCache();
    cache.set('kept', value('kept'));
    cache.set('dropped', value('dropped'));
    cache.sweep();
    expect(cache.get('kept')).toEqual(value('kept'));
    cache.set('new', value('new'));
    cache.sweep();
    expect(cache.size).toBe(2);
    expect(cache.get('dropped')).toBeUndefined();
    expect(cache.get('kept')).toEqual(value('kept'));
    expect(cache.get('new')).toEqual(value('new'));
  });
});
