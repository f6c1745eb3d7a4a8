import { describe, expect, it } from 'vitest';
import { pageSlice } from './paging.js';

describe('pageSlice', () => {
  it.each([
    [0, null, { page: 1, pages: 1, start: 0, end: 0 }],
    [100, null, { page: 1, pages: 1, start: 0, end: 100 }],
    [101, '2', { page: 2, pages: 2, start: 100, end: 101 }],
    [1000, '10', { page: 10, pages: 10, start: 900, end: 1000 }],
    [1000, '11', { page: 10, pages: 10, start: 900, end: 1000 }],
    [1000, '0', { page: 1, pages: 10, start: 0, end: 100 }],
    [1000, '-3', { page: 1, pages: 10, start: 0, end: 100 }],
    [1000, 'x', { page: 1, pages: 10, start: 0, end: 100 }],
  ])('of %i rows, page %j is %j', (total, requested, slice) =>
    expect(pageSlice(total, requested)).toEqual(slice),
  );
});
