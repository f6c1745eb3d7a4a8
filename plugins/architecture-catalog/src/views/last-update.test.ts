import { describe, expect, it } from 'vitest';
import { lastUpdateView, type LastUpdates } from './last-update.js';

const commits = new Map([
  ['UC-001_A/00_Status.md', { time: 1_700_000_000, author: 'Ann' }],
  ['UC-001_A/02_Architecture/Architecture_Design.md', { time: 1_700_086_400, author: 'Bob' }],
]);
const shown = (showTime: boolean, showAuthor: boolean): LastUpdates => ({
  of: (documentPath) => commits.get(documentPath),
  showTime,
  showAuthor,
});
const all = [...commits.keys(), 'UC-001_A/never-committed.md'];

describe('lastUpdateView', () => {
  it('is the newest commit among the documents, time in ISO 8601 UTC', () => {
    expect(lastUpdateView(all, shown(true, true))).toEqual({
      time: '2023-11-15T22:13:20.000Z',
      author: 'Bob',
    });
    expect(lastUpdateView(all.slice(0, 1), shown(true, true))).toEqual({
      time: '2023-11-14T22:13:20.000Z',
      author: 'Ann',
    });
  });

  it('holds only what the site shows', () => {
    expect(lastUpdateView(all, shown(true, false))).toEqual({
      time: '2023-11-15T22:13:20.000Z',
      author: null,
    });
    expect(lastUpdateView(all, shown(false, true))).toEqual({ time: null, author: 'Bob' });
    expect(lastUpdateView(all, shown(false, false))).toBeNull();
  });

  it('is null for documents never committed', () => {
    expect(lastUpdateView(['UC-001_A/never-committed.md'], shown(true, true))).toBeNull();
  });
});
