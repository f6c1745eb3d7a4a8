import { describe, expect, it } from 'vitest';
import { DIAGNOSTICS, makeContext, makeModel } from './__fixtures__/model.js';
import {
  escapeCell,
  escapeData,
  escapeProperty,
  formatGithub,
  formatStepSummary,
} from './github.js';

const UC1 = 'docs/UC-001 Fraud Détection/architecture-design.md';

describe('formatGithub', () => {
  it('writes one workflow command per diagnostic, errors first, escaped', () => {
    expect(formatGithub(makeModel(), makeContext()).split('\n')).toEqual([
      `::error file=${UC1},line=3,col=1,title=missing-section::` +
        'Missing section "Latency: 50%25, p99%0A<script>alert(1)</script>\\x1b[31m"%0A hint: Add a "## Latency" section.',
      `::error file=${UC1},line=140,col=12,title=table-columns::Expected 4 columns, found 3`,
      '::error file=docs/UC-002-recs,line=1,col=1,title=missing-architecture-design::No architecture-design.md in UC-002-recs',
      `::warning file=${UC1},line=12,col=5,title=placeholder::Placeholder "TBD" remains`,
      '::warning file=docs/UC-002-recs/technology-selection.md,line=7,col=3,title=missing-source::' +
        'Requirement "Throughput" has no source%0A hint: Name who asked for it.',
      '::warning file=docs/stray,line=1,col=1,title=invalid-workspace-name::Folder "stray" is not named UC-NNN Name',
      '',
    ]);
  });

  it('escapes property values so a path cannot end a property or the command', () => {
    const diagnostic = { ...DIAGNOSTICS[2]!, file: 'a:b,c%d\ne.md' };
    expect(formatGithub(makeModel([diagnostic]), makeContext({ cwd: '/work/repo/docs' }))).toBe(
      '::error file=a%3Ab%2Cc%25d%0Ae.md,line=140,col=12,title=table-columns::Expected 4 columns, found 3\n',
    );
  });

  it('shows terminal escapes and bidirectional overrides in paths and messages as text', () => {
    const diagnostic = { ...DIAGNOSTICS[2]!, file: 'a\u202eb.md', message: 'x\u001b[2Jy\u202ez' };
    expect(formatGithub(makeModel([diagnostic]), makeContext({ cwd: '/work/repo/docs' }))).toBe(
      '::error file=a\\u202eb.md,line=140,col=12,title=table-columns::x\\x1b[2Jy\\u202ez\n',
    );
  });

  it('writes nothing when there is nothing to report', () => {
    expect(formatGithub(makeModel([]), makeContext())).toBe('');
  });
});

describe('escapeData / escapeProperty', () => {
  it('follow the @actions/core rules', () => {
    expect(escapeData('100%\r\n: ,')).toBe('100%25%0D%0A: ,');
    expect(escapeProperty('100%\r\n: ,')).toBe('100%25%0D%0A%3A %2C');
    // %25 first, so an escape sequence in the input survives as text.
    expect(escapeData('%0A')).toBe('%250A');
  });
});

describe('formatStepSummary', () => {
  it('writes a heading, the summary line and a table of all diagnostics', () => {
    expect(formatStepSummary(makeModel(), makeContext()).split('\n')).toEqual([
      '## Architecture Catalog validation',
      '',
      '✖ 6 problems (3 errors, 3 warnings) in 2 use cases',
      '',
      '| Severity | File | Line | Rule | Message |',
      '| --- | --- | ---: | --- | --- |',
      `| error | ${UC1} | 3 | missing-section | Missing section "Latency: 50%, p99<br>` +
        '&lt;script&gt;alert(1)&lt;/script&gt;\\\\x1b\\[31m"<br>hint: Add a "## Latency" section. |',
      `| warning | ${UC1} | 12 | placeholder | Placeholder "TBD" remains |`,
      `| error | ${UC1} | 140 | table-columns | Expected 4 columns, found 3 |`,
      '| error | docs/UC-002-recs | 1 | missing-architecture-design | No architecture-design.md in UC-002-recs |',
      '| warning | docs/UC-002-recs/technology-selection.md | 7 | missing-source | ' +
        'Requirement "Throughput" has no source<br>hint: Name who asked for it. |',
      '| warning | docs/stray | 1 | invalid-workspace-name | Folder "stray" is not named UC-NNN Name |',
      '',
    ]);
  });

  it('has no table when there is nothing to report', () => {
    expect(formatStepSummary(makeModel([]), makeContext())).toBe(
      '## Architecture Catalog validation\n\n✔ 2 use cases, 4 documents: no problems\n',
    );
  });
});

describe('escapeCell', () => {
  it('keeps a cell in its cell and HTML out of the page', () => {
    expect(escapeCell('a | b \\| c')).toBe('a \\| b \\\\\\| c');
    expect(escapeCell('<img src=x onerror=alert(1)> & co')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &amp; co',
    );
    expect(escapeCell('one\r\ntwo\rthree\nfour')).toBe('one<br>two<br>three<br>four');
  });

  it('lets no document text become a link, an image, emphasis, code or a mention', () => {
    expect(escapeCell('\\[text\\](https://evil.example) ![i](x.png) *a* _b_ `c` ~~d~~')).toBe(
      '\\\\\\[text\\\\\\](https&#58;//evil.example) !\\[i\\](x.png) \\*a\\* \\_b\\_ \\`c\\` \\~\\~d\\~\\~',
    );
    expect(escapeCell('ping @octocat at www.evil.example')).toBe(
      'ping &#64;octocat at www&#46;evil.example',
    );
  });
});
