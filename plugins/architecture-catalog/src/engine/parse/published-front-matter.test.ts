import { describe, expect, it } from 'vitest';
import { frontMatterKeyPositions } from './front-matter.js';
import { ignoredFrontMatter, publishedFrontMatter } from './published-front-matter.js';

const DATA = {
  title: 'Plan',
  sidebar_label: 3,
  keywords: ['a', 'b'],
  hide_title: 'yes',
  slug: '/elsewhere',
  pagination_next: 'x',
  owner: 'Payments ML',
};

describe('publishedFrontMatter', () => {
  it('passes on the published keys of the right type only', () => {
    expect(publishedFrontMatter(DATA)).toEqual({ title: 'Plan', keywords: ['a', 'b'] });
  });

  it('ignores keys inherited from the prototype', () => {
    expect(publishedFrontMatter(JSON.parse('{"__proto__": {"title": "x"}}'))).toEqual({});
  });
});

describe('ignoredFrontMatter', () => {
  it("names Docusaurus' keys and mistyped published ones, not the catalog's data", () => {
    expect(ignoredFrontMatter(DATA)).toEqual([
      { key: 'sidebar_label', why: 'must be text' },
      { key: 'hide_title', why: 'must be true or false' },
      { key: 'slug', why: "is set by the catalog from the document's path, or not at all" },
      {
        key: 'pagination_next',
        why: "is set by the catalog from the document's path, or not at all",
      },
    ]);
  });
});

describe('frontMatterKeyPositions', () => {
  it('gives each key its line and column in the file', () => {
    const text = '---\ntitle: Plan\n  # comment\nslug: /x\n---\n# Plan\n';
    expect(Object.fromEntries(frontMatterKeyPositions(text))).toEqual({
      title: { line: 2, column: 1 },
      slug: { line: 4, column: 1 },
    });
    expect(frontMatterKeyPositions('# No front matter\n').size).toBe(0);
  });
});
