import { describe, expect, it } from 'vitest';
import { exceededLimit, MARKDOWN_LIMITS } from './markdown-limits.js';

const nestedList = (depth: number): string =>
  Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
const lazyLines = (count: number): string => Array.from({ length: count }, () => 'lazy').join('\n');

describe('exceededLimit', () => {
  it('accepts ordinary documents, nested lists and quotes included', () => {
    const text = [
      '# Title',
      '',
      nestedList(8),
      '',
      '> > quoted',
      'lazy line',
      '',
      '| a | b |',
      '|---|---|',
      `| ${'*x* '.repeat(MARKDOWN_LIMITS.delimiters / 4)} | b |`,
      `| ${'*x* '.repeat(MARKDOWN_LIMITS.delimiters / 4)} | b |`,
    ].join('\n');
    expect(exceededLimit(text)).toBeUndefined();
  });

  it('stops lists and quotes nested past the limit, at the line that does it', () => {
    const limit = MARKDOWN_LIMITS.nesting;
    expect(exceededLimit(nestedList(limit))).toBeUndefined();
    expect(exceededLimit(`intro\n\n${nestedList(limit + 1)}`)).toEqual({
      reason: expect.stringMatching(/nests lists or block quotes 33 deep/),
      line: limit + 3,
    });
    expect(exceededLimit(`${'> '.repeat(1000)}deep`)?.line).toBe(1);
    expect(exceededLimit(`${'- '.repeat(1000)}deep`)?.line).toBe(1);
  });

  it('stops setext headings past the limit, and counts no table or thematic break', () => {
    const limit = MARKDOWN_LIMITS.setextHeadings;
    const headings = (count: number, underline: string) =>
      'a\n' + `${underline}\n\na\n`.repeat(count - 1) + underline;
    expect(exceededLimit(headings(limit, '='))).toBeUndefined();
    expect(exceededLimit(headings(limit + 1, '==='))).toEqual({
      reason: `has more than ${limit} setext headings (lines underlined with = or -); not parsed`,
      line: 3 * limit + 2,
    });
    expect(exceededLimit(headings(limit + 1, '---'))?.reason).toMatch(/setext/);
    const breaks = Array.from({ length: limit + 1 }, () => 'a\n\n---\n').join('\n');
    expect(exceededLimit(breaks)).toBeUndefined();
    const table = ['| a |', '|---|', ...Array.from({ length: limit + 1 }, () => '| - |')].join(
      '\n',
    );
    expect(exceededLimit(table)).toBeUndefined();
  });

  it('counts nesting even when lazy lines sit between the items', () => {
    const text = Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- item\nlazy`).join('\n');
    expect(exceededLimit(text)?.reason).toMatch(/deep/);
  });

  it('stops long runs of lazy lines in a quote or list item, not long paragraphs', () => {
    const many = MARKDOWN_LIMITS.lazyLines + 1;
    expect(exceededLimit(`> quote\n${lazyLines(many)}`)?.reason).toMatch(/lazily/);
    expect(exceededLimit(`- item\n${lazyLines(many)}`)?.reason).toMatch(/lazily/);
    expect(exceededLimit(`paragraph\n${lazyLines(many)}`)).toBeUndefined();
    expect(exceededLimit(`- item\n${lazyLines(many).replace(/^/gm, '  ')}`)).toBeUndefined();
  });

  it('stops paragraphs with too many delimiters, counting table rows one by one', () => {
    const half = MARKDOWN_LIMITS.delimiters / 2 + 1;
    expect(exceededLimit('*a'.repeat(half * 2))?.reason).toMatch(/delimiters/);
    expect(exceededLimit(`${'~a'.repeat(half)}\n${'~a'.repeat(half)}`)?.line).toBe(2);
    expect(exceededLimit(`${'[a'.repeat(half)}\n\n${'[a'.repeat(half)}`)).toBeUndefined();
  });

  it('does not count inside a top-level code fence, and ends a fence in a quote', () => {
    const stars = '*a'.repeat(MARKDOWN_LIMITS.delimiters + 1);
    expect(exceededLimit(`\`\`\`\n${stars}\n\`\`\``)).toBeUndefined();
    expect(exceededLimit(`~~~~\n${stars}`)).toBeUndefined();
    expect(exceededLimit(`> ~~~\n${stars}`)?.reason).toMatch(/delimiters/);
    expect(exceededLimit(`\`\`\`a\`\`\`\n${stars}`)?.reason).toMatch(/delimiters/);
  });

  it('reads a 1 MB nested list and 5 MB of words', () => {
    expect(exceededLimit(nestedList(1000))?.line).toBe(MARKDOWN_LIMITS.nesting + 1);
    expect(exceededLimit('word '.repeat(1_000_000))).toBeUndefined();
  });
});
