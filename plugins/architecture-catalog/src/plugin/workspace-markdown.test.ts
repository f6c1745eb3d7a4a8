import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_PARSE_FRONT_MATTER } from '@docusaurus/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceFrontMatter, workspaceMarkdown } from './workspace-markdown.js';

let site: string;
let root: string;

const FILES: Record<string, string> = {
  'UC-1_A/00_Status.md': '# Status\n',
  'UC-1_A/01_Handoff/Takeover.md': [
    '---',
    'title: Takeover',
    'sidebar_label: Take',
    'slug: /UC-2_B/Architecture/Architecture_Design',
    'custom_edit_url: https://evil.example/edit',
    'pagination_next: UC-2_B/Architecture/Architecture_Design',
    'displayed_sidebar: UC-2_B',
    'sidebar_position: abc',
    'tags: 5',
    'owner: Platform ML',
    '---',
    '# Takeover',
  ].join('\n'),
  'UC-1_A/01_Handoff/01_Intro.md': '---\ntitle: 5\n---\n# One\n',
  'UC-1_A/01_Handoff/02_Intro.md': '# Two\n',
  'UC-1_A/01_Handoff/Bad.md': '---\ntitle: [unclosed\n---\n# Bad\n',
};

beforeAll(() => {
  site = mkdtempSync(path.join(os.tmpdir(), 'arch-catalog-front-matter-'));
  root = path.join(site, 'workspaces');
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  writeFileSync(path.join(site, 'intro.md'), '---\nslug: /start\n---\n# Site doc\n');
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

const parse = (file: string) => {
  const filePath = path.join(root, file);
  return workspaceFrontMatter(root)({
    filePath,
    fileContent: FILES[file]!,
    defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER,
  });
};

describe('workspaceFrontMatter', () => {
  it("keeps a document's title and label, and sets its id, URL and order from its path", async () => {
    expect((await parse('UC-1_A/01_Handoff/Takeover.md')).frontMatter).toEqual({
      title: 'Takeover',
      sidebar_label: 'Take',
      id: 'Takeover',
      parse_number_prefixes: false,
      slug: '/UC-1_A/Handoff/Takeover',
    });
  });

  it('publishes documents that would share a URL at their own paths, in prefix order', async () => {
    expect((await parse('UC-1_A/01_Handoff/01_Intro.md')).frontMatter).toEqual({
      id: '01_Intro',
      parse_number_prefixes: false,
      slug: '/UC-1_A/01_Handoff/01_Intro',
      sidebar_position: 1,
    });
    expect((await parse('UC-1_A/01_Handoff/02_Intro.md')).frontMatter.slug).toBe(
      '/UC-1_A/01_Handoff/02_Intro',
    );
    expect((await parse('UC-1_A/00_Status.md')).frontMatter).toMatchObject({
      slug: '/UC-1_A/Status',
      sidebar_position: 0,
    });
  });

  it('publishes a document whose front matter cannot be read, without it', async () => {
    const parsed = await parse('UC-1_A/01_Handoff/Bad.md');
    expect(parsed.frontMatter).toMatchObject({ id: 'Bad', slug: '/UC-1_A/Handoff/Bad' });
    expect(parsed.content.trim()).toBe('# Bad');
  });

  it('replaces a document too deep or too large with a line that says so', () => {
    const { preprocessor } = workspaceMarkdown(root);
    const filePath = path.join(root, 'UC-1_A', '01_Handoff', 'Deep.md');
    expect(preprocessor({ filePath, fileContent: '> '.repeat(40) + 'x\n' })).toBe(
      "This document is not published: it nests lists or block quotes 40 deep, over the limit of 32; not parsed. The catalog's validation page lists it.\n",
    );
    expect(preprocessor({ filePath, fileContent: 'x'.repeat(6 * 1024 * 1024) })).toMatch(
      /^This document is not published: it is 6\.0 MB, over the 5 MB limit\./,
    );
    expect(preprocessor({ filePath, fileContent: '# Fine\n' })).toBe('# Fine\n');
    const outside = path.join(site, 'intro.md');
    expect(preprocessor({ filePath: outside, fileContent: '> '.repeat(40) })).toBe('> '.repeat(40));
  });

  it('never hands Docusaurus front matter over the alias limit', async () => {
    const bomb = ['---', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const name of 'bcdefghi')
      bomb.push(
        `${name}: &${name} [${Array(10)
          .fill(`*${String.fromCharCode(name.charCodeAt(0) - 1)}`)
          .join(', ')}]`,
      );
    const fileContent = [...bomb, '---', '# Bomb', ''].join('\n');
    let called = false;
    const parsed = await workspaceFrontMatter(root)({
      filePath: path.join(root, 'UC-1_A', '01_Handoff', 'Bomb.md'),
      fileContent,
      defaultParseFrontMatter: async (params) => {
        called = true;
        return DEFAULT_PARSE_FRONT_MATTER(params);
      },
    });
    expect(called).toBe(false);
    expect(parsed.frontMatter).toMatchObject({ id: 'Bomb' });
    expect(parsed.content.trim()).toBe('# Bomb');
  });

  it('leaves documents outside the root to Docusaurus', async () => {
    const filePath = path.join(site, 'intro.md');
    const parsed = await workspaceFrontMatter(root)({
      filePath,
      fileContent: '---\nslug: /start\n---\n# Site doc\n',
      defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER,
    });
    expect(parsed.frontMatter).toEqual({ slug: '/start' });
  });
});
