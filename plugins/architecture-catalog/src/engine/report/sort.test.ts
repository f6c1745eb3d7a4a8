import { describe, expect, it } from 'vitest';
import { compareIds } from './sort.js';

describe('compareIds', () => {
  it('orders ids by their number, then by code point (an id without digits counts as 0)', () => {
    expect(['UC-10', 'UC-9', 'UC-a', 'UC-B', 'UC-009'].sort(compareIds)).toEqual([
      'UC-B',
      'UC-a',
      'UC-009',
      'UC-9',
      'UC-10',
    ]);
  });
});
