import { DESIGN, writeWorkspace, type CaseSpec } from './case-spec.js';
import { designText, handoffText } from './documents.js';
import { PWN } from './payloads.js';

/** The title of the design a hijacking document tries to replace. */
export const BASE_DESIGN_TITLE = 'Route Base Own Design';

const VALID = { [DESIGN]: designText() };
const withFrontMatter = (yaml: string, title: string): string =>
  `---\n${yaml}\n---\n${handoffText(title, `${title}: front matter the docs plugin would act on.`)}`;

export const ROUTE_CASES: readonly CaseSpec[] = [
  {
    name: 'front-matter-hijack',
    description:
      "A handoff document of a workspace that sorts first claims another workspace's design page (slug), and points its edit link, next page and sidebar elsewhere.",
    folders: ['UC-320_A_Hijacker', 'UC-321_Base'],
    build: (c) => {
      const [hijacker, base] = c.folders as [string, string];
      const yaml = [
        `slug: /${base}/Architecture/Architecture_Design`,
        'custom_edit_url: https://evil.example/edit',
        `pagination_next: ${base}/Architecture/Architecture_Design`,
        `displayed_sidebar: ${base}`,
      ].join('\n');
      writeWorkspace(
        c,
        { ...VALID, '01_Handoff/Takeover.md': withFrontMatter(yaml, 'Takeover') },
        hijacker,
      );
      writeWorkspace(c, { [DESIGN]: designText({ title: BASE_DESIGN_TITLE }) }, base);
    },
  },
  {
    name: 'front-matter-docusaurus-rejects',
    description:
      'Front matter values the docs plugin refuses, each failing a whole build: a position that is not a number, tags that are not a list, a draft flag that is not a boolean, ids with a slash or equal to a sibling, a slug that climbs, a next page that does not exist, a title that is a number.',
    build: (c) => {
      const documents = {
        Position: 'sidebar_position: abc',
        Tags: 'tags: 5',
        Draft: 'draft: maybe',
        Slash_Id: 'id: a/b',
        Sibling_Id: 'id: Position',
        Climbing_Slug: 'slug: /../x',
        Next_Nowhere: 'pagination_next: nowhere/at-all',
        Number_Title: 'title: 5',
      };
      const files = Object.fromEntries(
        Object.entries(documents).map(([name, yaml]) => [
          `01_Handoff/${name}.md`,
          withFrontMatter(yaml, name),
        ]),
      );
      writeWorkspace(c, { ...VALID, ...files });
    },
  },
  {
    name: 'colliding-document-names',
    description:
      'Documents that share a URL once number prefixes are dropped: 01_Intro.md and 02_Intro.md; Handoff/POC_Plan.md beside 01_Handoff/POC_Plan.md.',
    build: (c) =>
      writeWorkspace(c, {
        ...VALID,
        '01_Handoff/01_Intro.md': handoffText('First Intro', 'One.'),
        '01_Handoff/02_Intro.md': handoffText('Second Intro', 'Two.'),
        '01_Handoff/POC_Plan.md': handoffText('Numbered Plan', 'In 01_Handoff.'),
        'Handoff/POC_Plan.md': handoffText('Plain Plan', 'In Handoff.'),
      }),
  },
  {
    name: 'url-special-names',
    description:
      'Names that mean something in a URL: a workspace folder UC-322_%2e%2e, and documents named with %20, #, ?, %, ! and a backslash (? and backslash cannot be published: reported).',
    folders: ['UC-322_%2e%2e', 'UC-323_Hash#Tag'],
    build: (c) => {
      const [encoded, hash] = c.folders as [string, string];
      writeWorkspace(
        c,
        {
          ...VALID,
          '01_Handoff/a%20b.md': handoffText('Percent Twenty', 'a%20b'),
          '01_Handoff/Q&A #1.md': handoffText('Hash', 'Q&A #1'),
          '01_Handoff/What?.md': handoffText('Question', 'What?'),
          '01_Handoff/100%.md': handoffText('Percent', '100%'),
          '01_Handoff/Wow!.md': handoffText('Bang', 'Wow!'),
          '01_Handoff/back\\slash.md': handoffText('Backslash', 'back\\slash'),
        },
        encoded,
      );
      writeWorkspace(
        c,
        { ...VALID, '01_Handoff/Notes.md': handoffText('Notes', 'In a hash folder.') },
        hash,
      );
    },
  },
  {
    name: 'links-docusaurus-refuses',
    description:
      'Links Docusaurus fails a whole build on: a missing document, a missing image, a folder, an anchor no heading makes (on this page and on another), a document the site leaves out, a missing route or static file.',
    build: (c) =>
      writeWorkspace(c, {
        ...VALID,
        '01_Handoff/Links.md': handoffText(
          'Broken Links',
          [
            '[missing](./Missing.md)',
            '![missing image](./missing.png)',
            '[folder](../02_Architecture/)',
            '[nowhere on this page](#nowhere)',
            '[nowhere there](../02_Architecture/Architecture_Design.md#nowhere)',
            '[left out](./_Draft.md)',
            '[missing route](/nowhere/at/all)',
            '![missing static file](/img/nowhere.png)',
            '[fine](../02_Architecture/Architecture_Design.md#requirements-summary)',
          ].join('\n\n'),
        ),
        '01_Handoff/_Draft.md': handoffText('Draft', 'Left out by Docusaurus.'),
      }),
  },
  {
    name: 'links-to-active-files',
    description:
      'Files a browser runs, inside the workspace and linked from a document: an SVG with a script, an HTML and an XHTML page, a script, an XML file (each one Docusaurus would copy to the site as it is).',
    build: (c) => {
      const script = `<script>${PWN}</script>`;
      writeWorkspace(c, {
        ...VALID,
        '01_Handoff/Files.md': handoffText(
          'Active Files',
          [
            '[diagram](./evil.svg) ![diagram](./evil.svg)',
            '[page](./page.html) [spec](./spec.xhtml)',
            '[tool](./tool.js) [feed](./feed.xml)',
            '[data](./data.csv)',
          ].join('\n\n'),
        ),
        '01_Handoff/evil.svg': `<svg xmlns="http://www.w3.org/2000/svg">${script}</svg>`,
        '01_Handoff/page.html': `<html><body>${script}</body></html>`,
        '01_Handoff/spec.xhtml': `<html xmlns="http://www.w3.org/1999/xhtml">${script}</html>`,
        '01_Handoff/tool.js': PWN,
        '01_Handoff/feed.xml': `<feed>${script}</feed>`,
        '01_Handoff/data.csv': 'a,b\n1,2\n',
      });
    },
  },
  {
    name: 'tag-permalink-takeover',
    description:
      "Tag permalinks in front matter aimed at the catalog's own pages: one climbing (`/../../catalog`), one plain (`/catalog/patterns`). Each would replace the catalog's page with a tag page of the contributor's.",
    build: (c) =>
      writeWorkspace(c, {
        ...VALID,
        '01_Handoff/Tag_Climb.md': withFrontMatter(
          'tags:\n  - label: Tag Takeover\n    permalink: /../../catalog',
          'Tag Climb',
        ),
        '01_Handoff/Tag_Plain.md': withFrontMatter(
          'tags:\n  - label: Tag Takeover\n    permalink: /catalog/patterns',
          'Tag Plain',
        ),
      }),
  },
  {
    name: 'category-file-routes',
    description:
      'Sidebar category files a docs plugin reads whatever exclude says: a generated-index link whose slug climbs out of the build folder into a canary folder beside the root, and one that is not JSON. The site cannot be built with them: it fails at once, naming them.',
    build: (c) => {
      const slug = `${'/..'.repeat(24)}${c.outside}/category-canary`;
      writeWorkspace(c, {
        ...VALID,
        '01_Handoff/_category_.json': JSON.stringify({
          label: 'Handoff',
          link: { type: 'generated-index', slug },
        }),
        '02_Architecture/_category_.json': '{ "label": ',
      });
    },
  },
];
