import { describe, expect, it } from 'vitest';
import { anchoredLine } from '../render/anchored-line.js';
import { documentLink } from './rendered-documents.js';

const FROM = 'UC-001_A/01_Handoff/Memo.md';
const PAGES: Record<string, string> = {
  'UC-001_A/02_Architecture/Design.md': '#doc-design',
  'UC-002_B/00_Status.md': '/catalog/use-cases/uc-002-b#doc-status',
  'UC-001_A/01_Handoff/a b.md': '#doc-a-b',
};
const link = (url: string) => documentLink(url, FROM, 'doc-memo', (to) => PAGES[to] ?? null);

describe('documentLink', () => {
  it.each([
    ['https://example.com/x?y#z', 'https://example.com/x?y#z'],
    ['mailto:team@example.com', 'mailto:team@example.com'],
    ['#next-steps', '#doc-memo-next-steps'],
    ['../02_Architecture/Design.md', '#doc-design'],
    ['../02_Architecture/Design.md#risks', '#doc-design-risks'],
    ['./../../UC-002_B/00_Status.md', '/catalog/use-cases/uc-002-b#doc-status'],
    ['a%20b.md', '#doc-a-b'],
  ])('leads %j to %j', (url, target) => expect(link(url)).toBe(target));

  it.each([
    '#',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,x',
    'file:///etc/passwd',
    '/etc/passwd',
    '../../../outside.md',
    '../../..',
    '%E0%A4%A.md',
    '../02_Architecture/missing.md',
    './diagram.png',
  ])('leads %j nowhere', (url) => expect(link(url)).toBeNull());
});

describe('anchoredLine', () => {
  it.each([
    [[1, 3, 7], 0, undefined],
    [[1, 3, 7], 1, 1],
    [[1, 3, 7], 5, 3],
    [[1, 3, 7], 7, 7],
    [[1, 3, 7], 99, 7],
    [[], 4, undefined],
  ])('in %j, line %i falls on %j', (lines, line, found) =>
    expect(anchoredLine(lines, line)).toBe(found),
  );
});
