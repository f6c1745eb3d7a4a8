import { describe, expect, it } from 'vitest';
import { defaultDocSlug, documentSlugs, safeSegment, slugCollisions } from './document-slugs.js';

describe('defaultDocSlug', () => {
  it.each([
    ['UC-001_A/01_Handoff/DS-01_Handoff.md', '/UC-001_A/Handoff/DS-01_Handoff'],
    [
      'UC-001_A/02_Architecture/Architecture_Design.md',
      '/UC-001_A/Architecture/Architecture_Design',
    ],
    ['UC-001_A/00_Status.md', '/UC-001_A/Status'],
    ['UC-001_A/01_Handoff/README.md', '/UC-001_A/Handoff/'],
    ['UC-001_A/Handoff/Handoff.md', '/UC-001_A/Handoff/'],
    ['UC-001_A/01_Handoff/Handoff.md', '/UC-001_A/Handoff/Handoff'],
    ['UC-001_A/2021-11-notes.md', '/UC-001_A/2021-11-notes'],
    ['UC-001_A/7.0-notes.md', '/UC-001_A/7.0-notes'],
    ['UC-105_%2e%2e/a#b?.md', '/UC-105_~252e~252e/a~23b~3F'],
    ['UC-300_Name With Spaces/01_Handoff/POC Plan.md', '/UC-300_Name_With_Spaces/Handoff/POC_Plan'],
  ])('%s -> %s', (source, slug) => expect(defaultDocSlug(source)).toBe(slug));
});

describe('safeSegment', () => {
  it('keeps distinct names distinct', () => {
    expect(safeSegment('a~23b')).toBe('a~7E23b');
    expect(safeSegment('a#b')).toBe('a~23b');
    expect(safeSegment('x\\y\u0001')).toBe('x~5Cy~01');
    expect(safeSegment('a b="c"')).toBe('a~20b~3D~22c~22');
  });
});

describe('documentSlugs', () => {
  it('gives every document of a shared page its own path, and leaves the rest alone', () => {
    const sources = [
      'UC-1/01_Intro.md',
      'UC-1/02_Intro.md',
      'UC-1/Handoff/POC_Plan.md',
      'UC-1/01_Handoff/POC_Plan.md',
      'UC-1/Notes.md',
    ];
    expect(Object.fromEntries(documentSlugs(sources))).toEqual({
      'UC-1/01_Intro.md': '/UC-1/01_Intro',
      'UC-1/02_Intro.md': '/UC-1/02_Intro',
      'UC-1/Handoff/POC_Plan.md': '/UC-1/Handoff/POC_Plan',
      'UC-1/01_Handoff/POC_Plan.md': '/UC-1/01_Handoff/POC_Plan',
      'UC-1/Notes.md': '/UC-1/Notes',
    });
    expect(slugCollisions(sources)).toEqual([
      {
        slug: '/UC-1/Handoff/POC_Plan',
        sources: ['UC-1/01_Handoff/POC_Plan.md', 'UC-1/Handoff/POC_Plan.md'],
      },
      { slug: '/UC-1/Intro', sources: ['UC-1/01_Intro.md', 'UC-1/02_Intro.md'] },
    ]);
  });

  it('counts a folder index and a document named like the folder as one page', () => {
    const sources = ['UC-1/Handoff/README.md', 'UC-1/Handoff.md'];
    expect(slugCollisions(sources)).toHaveLength(1);
    const slugs = [...documentSlugs(sources).values()];
    expect(new Set(slugs.map((slug) => slug.replace(/\/$/, ''))).size).toBe(2);
  });

  it("moves a document whose default slug is another one's own path", () => {
    const sources = ['a/01_x.md', 'a/02_x.md', 'a/5 _ 01_x.md'];
    expect(defaultDocSlug('a/5 _ 01_x.md')).toBe('/a/01_x');
    expect(Object.fromEntries(documentSlugs(sources))).toEqual({
      'a/01_x.md': '/a/01_x',
      'a/02_x.md': '/a/02_x',
      'a/5 _ 01_x.md': '/a/5~20_~2001_x',
    });
  });
});
