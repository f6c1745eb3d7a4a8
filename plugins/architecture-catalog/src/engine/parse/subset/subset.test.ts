import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWithMicromark } from '../markdown.js';
import { parseMarkdownSubset } from './index.js';

/** The subset parser must give micromark's tree, node for node, or decline. */
function expectSameAsMicromark(text: string): boolean {
  const subset = parseMarkdownSubset(text);
  if (subset === undefined) return false;
  expect(subset, JSON.stringify(text)).toEqual(parseWithMicromark(text));
  return true;
}

describe('parseMarkdownSubset', () => {
  it.each([
    ['headings', '# Title\n\n## Section\n### Sub section\n##\n'],
    ['paragraphs over lines', 'one\ntwo *three*\nfour **five:** six\n\nnext'],
    ['code spans', 'a `code` b `` x ` y `` c ``` e\nf ` g`'],
    ['emphasis that pairs and does not', '*a* **b** c* d *e f*g* **h'],
    ['intraword underscores and stray characters', 'snake_case p99 < 2 s, R&D, ~5 min, a|b'],
    ['a table', '| A | B |\n|:--|--:|\n| `x` | **y** |\n| z\n\nafter'],
    ['a table without outer pipes', 'A | B\n---|---\n1 | 2 |\n'],
    ['lists', '- a\n- b\n  - c\n\n    d\n- e\n\n1. x\n2. y\n\n3) z\n* w'],
    ['task items', '- [ ] open\n- [x] done\n- [X] also\n- [ ]no'],
    ['brackets that are not links', 'a [X ms] b ![c] *[d]* e]f[g\n\n| [Tech] | [Why] |\n|---|---|'],
    [
      'fenced code',
      '```mermaid\nflowchart LR\n  a --> b\n\n```\n~~~\n```\n~~~~\n- ```js x\n  y\n  ```',
    ],
    ['thematic breaks', 'a\n\n---\n***\n___\n'],
    ['an empty document', ''],
    ['only blank lines', '\n\n  \n'],
  ])('reads %s as micromark does', (_name, text) => {
    expect(expectSameAsMicromark(text)).toBe(true);
  });

  it.each([
    ['a link', 'see [the docs](https://example.com)'],
    ['a task check alone on its line', '- [ ]\n  more'],
    ['a reference link', 'see [the docs]\n\n[the docs]: https://example.com'],
    ['HTML', '<div>x</div>'],
    ['inline HTML', 'a <b>bold</b> move'],
    ['an autolink', 'mail <me@example.com>'],
    ['an escape', 'a \\* b'],
    ['a character reference', 'a &amp; b'],
    ['strikethrough', 'a ~~b~~ c'],
    ['a setext heading', 'Title\n====='],
    ['a blockquote', '> quoted'],
    ['a lazy continuation', '- item\nlazy'],
    ['a hard break', 'a  \nb'],
    ['tabs', '-\ta'],
    ['CRLF line endings', 'a\r\nb'],
    ['an unclosed fence', '```\ncode'],
    ['a run of three asterisks', '***a***'],
    ['emphasis next to a non-ASCII character', '**Über**'],
    // micromark keeps the interrupt rules for every container opened on the line.
    ['a nested marker on a line that interrupts a paragraph', 'Intro text\n- 2. foo\n'],
    ['a year as a nested marker after a paragraph', 'Timeline:\n- 2025. Launch\n'],
    ['two nested markers inside an item', '- item\n  1. - 2. foo\n'],
    ['a delimiter row that starts a list item', '|:-:|\n- |'],
  ])('declines %s', (_name, text) => {
    expect(parseMarkdownSubset(text)).toBeUndefined();
    expect(() => parseWithMicromark(text)).not.toThrow();
  });
});

/** `SUBSET_FUZZ_RUNS=100000` runs the generators longer, from a random seed. */
const LONG_RUNS = Number(process.env.SUBSET_FUZZ_RUNS);
const FUZZ = LONG_RUNS > 0 ? { numRuns: LONG_RUNS } : { numRuns: 3000, seed: 20261127 };

const WORDS = ['a', 'Kafka', 'p99', '2', 'x_y', 'é', ':', '.', '(', ')', '"', ',', '-', '#'];
const MARKS = ['*', '**', '***', '`', '``', '_', '<', '< 5', '<a>', '&', '&amp;', '~', '~~', '|'];
const BRACKETS = ['[', ']', '[X ms]', '](x)', '[a]: b', '![i]', '[x] ', '[ ]  '];
const PREFIXES = [
  '',
  '',
  '',
  '# ',
  '## ',
  '- ',
  '* ',
  '+ ',
  '1. ',
  '2) ',
  '10. ',
  '- [ ] ',
  '- [x] ',
];
const INDENTS = ['', '', '', ' ', '  ', '   ', '    ', '     '];
const BLOCK_LINES = [
  '',
  '',
  '```',
  '```js a',
  '~~~',
  '---',
  '***',
  '|---|---|',
  '|:-:|',
  '-',
  '> a',
];

const inline = (markWeight: number) =>
  fc
    .array(
      fc.oneof(
        { arbitrary: fc.constantFrom(...WORDS), weight: 12 },
        { arbitrary: fc.constantFrom(...MARKS), weight: markWeight },
        { arbitrary: fc.constantFrom(...BRACKETS), weight: markWeight },
        { arbitrary: fc.constant(' '), weight: 6 },
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join(''));
const inlineText = inline(4);
/** Designs rarely end lines with spaces (hard breaks), which the subset leaves out. */
const designText = inline(1).map((text) => text.trim() || 'x');
const line = fc.oneof(
  fc
    .tuple(fc.constantFrom(...INDENTS), fc.constantFrom(...PREFIXES), inlineText)
    .map((p) => p.join('')),
  fc.constantFrom(...BLOCK_LINES),
);
/** Any lines: mostly outside the subset, to check that what it accepts is right. */
const anyLines = fc.array(line, { maxLength: 24 }).map((lines) => lines.join('\n'));

const cells = (count: number) =>
  fc.array(designText, { minLength: count, maxLength: count }).map((texts) => texts.join(' | '));
const table = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom('| ', ''), fc.integer({ min: 0, max: 3 }))
  .chain(([count, pipe, rows]) =>
    fc.tuple(
      cells(count),
      fc.array(fc.constantFrom('---', ':--', '--:', ':-:'), { minLength: count, maxLength: count }),
      fc.array(fc.integer({ min: 1, max: count + 1 }).chain(cells), { maxLength: rows }),
      fc.constant(pipe),
    ),
  )
  .map(([header, delimiter, rows, pipe]) =>
    [header, delimiter.join('|'), ...rows].map((row) => pipe + row).join('\n'),
  );
const item = fc
  .tuple(
    fc.constantFrom('- ', '* ', '1. ', '3) ', '- [ ] ', '- [x] '),
    designText,
    fc.constantFrom('', '', '\n  more', '\n\n  more', '\n  - nested', '\n   1. nested'),
  )
  .map((parts) => parts.join(''));
const list = fc
  .array(fc.tuple(item, fc.constantFrom('\n', '\n\n')), { minLength: 1, maxLength: 4 })
  .map((items) => items.map(([text, gap]) => text + gap).join(''));
const block = fc.oneof(
  fc.tuple(fc.constantFrom('# ', '## ', '### '), designText).map((parts) => parts.join('')),
  fc.array(designText, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n')),
  list,
  table,
  fc.array(designText, { maxLength: 3 }).map((lines) => ['```mermaid', ...lines, '```'].join('\n')),
  fc.constant('---'),
);
/** Blocks as designs have them, with hostile inline text: mostly inside the subset. */
const designLike = fc
  .array(fc.tuple(block, fc.constantFrom('\n', '\n\n', '\n\n\n')), { maxLength: 10 })
  .map((blocks) => blocks.map(([text, gap]) => text + gap).join(''));

describe('parseMarkdownSubset against micromark', () => {
  it.each([
    ['any lines', anyLines, 0.1],
    ['design-like blocks', designLike, 0.25],
  ] as const)(
    'gives micromark’s tree for every document of %s it accepts',
    (_name, documents, share) => {
      let accepted = 0;
      let runs = 0;
      fc.assert(
        fc.property(documents, (text) => {
          runs++;
          if (expectSameAsMicromark(text)) accepted++;
        }),
        FUZZ,
      );
      // Declining everything would pass the check above: it must read a share itself.
      expect(accepted / runs).toBeGreaterThan(share);
    },
  );
});
