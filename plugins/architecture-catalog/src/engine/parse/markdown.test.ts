import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseMarkdown, parseWithMicromark } from './markdown.js';
import * as SubsetModule from './subset/index.js';

vi.mock('./subset/index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof SubsetModule>();
  return { ...actual, parseMarkdownSubset: vi.fn(actual.parseMarkdownSubset) };
});

const subset = vi.mocked(SubsetModule.parseMarkdownSubset);
const DESIGN =
  '# Architecture Design: X\n\n## Requirements Summary\n\n| A | B |\n|---|---|\n| 1 | 2 |\n';

describe('parseMarkdown', () => {
  afterEach(() => subset.mockClear());

  it('reads a design in the subset without micromark, and gives micromark’s tree', () => {
    expect(parseMarkdown(DESIGN)).toEqual(parseWithMicromark(DESIGN));
    expect(subset).toHaveReturnedWith(expect.objectContaining({ type: 'root' }));
  });

  it('hands a document outside the subset to micromark', () => {
    const text = 'See [the memo](memo.md).';
    expect(parseMarkdown(text)).toEqual(parseWithMicromark(text));
    expect(subset).toHaveReturnedWith(undefined);
  });

  it('hands a document to micromark when the subset parser fails', () => {
    subset.mockImplementationOnce(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    expect(parseMarkdown(DESIGN)).toEqual(parseWithMicromark(DESIGN));
  });
});
