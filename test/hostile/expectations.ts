/**
 * What the catalog must say about each hostile case. Paths are relative to
 * the case's (first) workspace folder unless they start with `/` (then
 * relative to the root).
 */
import type { RuleId } from '../../plugins/architecture-catalog/src/engine/rules/index.js';

export const DESIGN = '02_Architecture/Architecture_Design.md';

/** [file, rule, message] that must be among the diagnostics. */
export type Expected = readonly [file: string, rule: RuleId, message?: RegExp];

export interface CaseExpectation {
  /** Folders that must be use cases; default: every folder of the case. */
  useCases?: readonly string[];
  /** Folders reported as invalid workspace names. */
  invalid?: readonly string[];
  /** Folders reported with a parse-error on the folder itself (links). */
  reported?: readonly string[];
  /** Folders skipped on purpose, without a word (hidden: their name starts with a dot). */
  hidden?: readonly string[];
  /** The case's use cases have no error. */
  valid?: boolean;
  diagnostics?: readonly Expected[];
}

const parseError = (file: string, message: RegExp): Expected => [file, 'parse-error', message];
/** A link of `01_Handoff/Links.md` reported by link-outside-root. */
const outside = (message: RegExp): Expected => [
  '01_Handoff/Links.md',
  'link-outside-root',
  message,
];
/** A requirement value of a workspace's design reported as unreadable, and why. */
const unreadable = (folder: string, label: string, why: RegExp): Expected => [
  `/${folder}/${DESIGN}`,
  'unparseable-requirement',
  new RegExp(`the ${label} value '.*': ${why.source}`),
];
const isRoot = process.getuid?.() === 0;

export const EXPECTATIONS: Readonly<Record<string, CaseExpectation>> = {
  'empty-file': {
    diagnostics: [
      [DESIGN, 'missing-title'],
      [DESIGN, 'missing-section'],
    ],
  },
  'only-front-matter': { diagnostics: [[DESIGN, 'missing-title']] },
  binary: {
    diagnostics: [parseError(DESIGN, /NUL byte/), parseError('01_Handoff/Image.md', /NUL byte/)],
  },
  'invalid-utf8': {
    diagnostics: [
      parseError(DESIGN, /not valid UTF-8 \(first bad byte at offset \d+\)/),
      parseError('01_Handoff/Latin1.md', /not valid UTF-8/),
    ],
  },
  'utf16-bom': {
    diagnostics: [parseError(DESIGN, /UTF-16/), parseError('01_Handoff/Utf16_Be.md', /UTF-16/)],
  },
  'utf8-bom': { valid: true, diagnostics: [[DESIGN, 'missing-source']] },
  'crlf-line-endings': { valid: true, diagnostics: [[DESIGN, 'missing-source']] },
  'lone-cr-line-endings': { valid: true, diagnostics: [[DESIGN, 'missing-source']] },
  'six-megabyte-document': { diagnostics: [parseError(DESIGN, /over the 5 MB limit/)] },
  'twenty-thousand-headings': { valid: true },
  'nested-lists': { diagnostics: [parseError(DESIGN, /nests lists or block quotes 33 deep/)] },
  'nested-blockquotes': {
    diagnostics: [parseError(DESIGN, /nests lists or block quotes 1000 deep/)],
  },
  'parser-pathologies': {
    diagnostics: [
      parseError(DESIGN, /delimiters/),
      parseError('01_Handoff/Emphasis.md', /delimiters/),
      parseError('01_Handoff/Strikethrough.md', /delimiters/),
      parseError('01_Handoff/Brackets.md', /delimiters/),
      parseError('01_Handoff/Footnotes.md', /delimiters/),
      parseError('01_Handoff/Lazy_Lines.md', /lazily/),
    ],
  },
  'slow-lines': {
    diagnostics: [
      [DESIGN, 'cell-too-long', /100,011 characters/],
      [DESIGN, 'cell-too-long', /99,999 characters/],
      parseError('01_Handoff/Setext.md', /setext/),
    ],
  },
  'table-500-columns': { valid: true },
  'table-50000-rows': { valid: true },
  'unterminated-code-fence': {
    diagnostics: [[DESIGN, 'missing-section', /Architecture Pattern Selected/]],
  },
  'raw-html': { diagnostics: [[DESIGN, 'unknown-pattern']] },
  'numbers-that-need-a-guess': {
    diagnostics: [
      unreadable('UC-330_Locale_Numbers', 'Latency', /`1,5` mixes a separator/),
      unreadable('UC-330_Locale_Numbers', 'Throughput', /`1\.500` reads as 1\.500 or 1500/),
      unreadable('UC-330_Locale_Numbers', 'Data freshness', /`1'5` mixes a separator/),
      unreadable('UC-331_Signs_And_Zeros', 'Latency', /`1\/0` divides by zero/),
      unreadable('UC-331_Signs_And_Zeros', 'Throughput', /`-5` is negative/),
      unreadable('UC-331_Signs_And_Zeros', 'Availability', /`-5` is negative/),
      unreadable('UC-331_Signs_And_Zeros', 'Data freshness', /`-1` is negative/),
      unreadable('UC-332_Huge_Numbers', 'Latency', /`1e309` is out of range/),
      unreadable('UC-332_Huge_Numbers', 'Throughput', /`9{300}` is out of range/),
      unreadable('UC-332_Huge_Numbers', 'Data freshness', /`1,0000` mixes a separator/),
    ],
  },
  'jsx-looking-text': { valid: true },
  'mermaid-breaking-names': { diagnostics: [[DESIGN, 'unknown-pattern']] },
  'ten-kilobyte-names': { diagnostics: [[DESIGN, 'unknown-pattern']] },
  'invalid-yaml-front-matter': {
    diagnostics: [
      parseError(DESIGN, /invalid YAML front matter/),
      parseError('01_Handoff/Invalid.md', /invalid YAML front matter/),
      parseError('01_Handoff/List.md', /not a mapping/),
      parseError('01_Handoff/Duplicate.md', /must be unique/),
      parseError('01_Handoff/Deep.md', /./),
    ],
  },
  'yaml-alias-bomb': {
    diagnostics: [
      parseError(DESIGN, /alias count/),
      parseError('01_Handoff/Bomb.md', /alias count/),
    ],
  },
  'symlink-loop': {
    diagnostics: [
      parseError('01_Handoff/Self.md', /symbolic link loop/),
      parseError('01_Handoff/A.md', /symbolic link loop/),
      parseError('01_Handoff/B.md', /symbolic link loop/),
    ],
  },
  'symlink-loop-to-root': { valid: true },
  'symlink-to-etc-passwd': {
    diagnostics: [
      parseError('01_Handoff/Passwd.md', /outside the root/),
      parseError('01_Handoff/etc', /outside the root/),
      parseError('02_Architecture/Technology_Selection.md', /outside the root/),
    ],
  },
  'symlink-to-outside-folder': {
    diagnostics: [
      parseError('01_Handoff/Outside', /outside the root/),
      parseError('01_Handoff/Outside_Relative', /outside the root/),
    ],
  },
  'markdown-links-outside': {
    diagnostics: [
      outside(/the link to ".*Secret.txt" leads outside the catalog root/),
      outside(/the image ".*etc\/passwd" leads outside the catalog root/),
      outside(/"@site\/.*passwd.txt" names a file of the site/),
      outside(/"@site\/.*environ" names a file of the site/),
      outside(/the image "\/.*passwd" climbs above the site's root/),
      outside(/%2FSecret.txt" leads outside the catalog root/),
      outside(/the link definition ".*Secret.txt" leads outside/),
      parseError('01_Handoff/Evil.txt', /outside the root/),
    ],
  },
  'tag-permalink-takeover': {
    valid: true,
    diagnostics: [
      ['01_Handoff/Tag_Climb.md', 'ignored-front-matter', /`tags`/],
      ['01_Handoff/Tag_Plain.md', 'ignored-front-matter', /`tags`/],
    ],
  },
  'front-matter-hijack': {
    diagnostics: ['slug', 'custom_edit_url', 'pagination_next', 'displayed_sidebar'].map(
      (key): Expected => [
        '01_Handoff/Takeover.md',
        'ignored-front-matter',
        new RegExp(`\`${key}\``),
      ],
    ),
  },
  'front-matter-docusaurus-rejects': {
    diagnostics: [
      ['01_Handoff/Position.md', 'ignored-front-matter', /`sidebar_position`/],
      ['01_Handoff/Tags.md', 'ignored-front-matter', /`tags`/],
      ['01_Handoff/Draft.md', 'ignored-front-matter', /`draft`/],
      ['01_Handoff/Slash_Id.md', 'ignored-front-matter', /`id`/],
      ['01_Handoff/Sibling_Id.md', 'ignored-front-matter', /`id`/],
      ['01_Handoff/Climbing_Slug.md', 'ignored-front-matter', /`slug`/],
      ['01_Handoff/Next_Nowhere.md', 'ignored-front-matter', /`pagination_next`/],
      ['01_Handoff/Number_Title.md', 'ignored-front-matter', /`title` must be text/],
    ],
  },
  'colliding-document-names': {
    diagnostics: [
      ['01_Handoff/01_Intro.md', 'duplicate-document-url', /02_Intro.md/],
      ['01_Handoff/02_Intro.md', 'duplicate-document-url', /01_Intro.md/],
      ['01_Handoff/POC_Plan.md', 'duplicate-document-url', /Handoff\/POC_Plan.md/],
      ['Handoff/POC_Plan.md', 'duplicate-document-url', /01_Handoff\/POC_Plan.md/],
    ],
  },
  'links-docusaurus-refuses': { valid: true },
  'category-file-routes': {
    diagnostics: [
      [
        '01_Handoff/_category_.json',
        'invalid-category-file',
        /has `link`, which the site does not allow/,
      ],
      ['02_Architecture/_category_.json', 'invalid-category-file', /is not valid YAML or JSON/],
    ],
  },
  'links-to-active-files': {
    diagnostics: ['evil.svg', 'page.html', 'spec.xhtml', 'tool.js', 'feed.xml'].map(
      (file): Expected => [
        '01_Handoff/Files.md',
        'link-to-active-file',
        new RegExp(`"\\./${file.replace('.', '\\.')}"`),
      ],
    ),
  },
  'url-special-names': {
    diagnostics: [
      parseError('01_Handoff/What?.md', /has `\?` in its path/),
      parseError('01_Handoff/back\\slash.md', /has `\\` in its path/),
      parseError('01_Handoff/Wow!.md', /has `!` in its path/),
    ],
  },
  'workspace-link-outside': {
    useCases: [],
    reported: ['UC-310_Linked_Outside'],
    diagnostics: [parseError('', /outside the root/)],
  },
  'workspace-link-loop': {
    useCases: [],
    reported: ['UC-311_Root_Loop'],
    diagnostics: [parseError('', /the root itself/)],
  },
  // Permission bits do not stop root: as root these documents read fine.
  'unreadable-file': isRoot
    ? { valid: true }
    : {
        diagnostics: [
          parseError(DESIGN, /permission denied/),
          parseError('01_Handoff/Secret.md', /permission denied/),
          parseError('01_Handoff/Locked', /permission denied/),
        ],
      },
  'folder-with-spaces': {
    useCases: ['UC-300_Name With Spaces', 'UC-305 Spaced Out'],
    invalid: ['Use Case 309'],
    diagnostics: [['/UC-305 Spaced Out', 'invalid-workspace-name']],
  },
  'unicode-folder-name': { valid: true },
  'dot-dot-folder-names': { useCases: ['UC-302_..'], hidden: ['..UC-303'], valid: true },
  'case-only-folder-names': {
    diagnostics: [['/UC-304_Case', 'duplicate-use-case-id', /already used by 'UC-304_CASE'/]],
  },
};

/** A file of an expectation as a path relative to the root. */
export function rootPath(dir: string, file: string): string {
  if (file.startsWith('/')) return file.slice(1);
  return file === '' ? dir : `${dir}/${file}`;
}
