import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTICS, makeContext, makeModel, UC1_DESIGN } from './__fixtures__/model.js';
import { formatPretty } from './pretty.js';
import { escapeControlChars } from './shared.js';

const ESC = '\u001b';

describe('formatPretty', () => {
  it('groups by file with aligned columns, hints and a summary', () => {
    const expected = readFileSync(new URL('./__fixtures__/pretty.txt', import.meta.url), 'utf8');
    expect(formatPretty(makeModel(), makeContext())).toBe(expected);
  });

  it('never lets a document put a control character on the terminal', () => {
    const output = formatPretty(makeModel(), makeContext());
    expect(output).not.toContain(ESC);
    expect(output).not.toContain('\r');
  });

  it('colours severities, positions, file names and the summary when asked to', () => {
    const lines = formatPretty(makeModel(), makeContext({ color: true })).split('\n');
    expect(lines[0]).toBe(`${ESC}[1mdocs/UC-001 Fraud Détection/architecture-design.md${ESC}[22m`);
    expect(lines[1]).toBe(
      `  ${ESC}[2m  3:1 ${ESC}[22m  ${ESC}[31merror  ${ESC}[39m  ` +
        'Missing section "Latency: 50%, p99\\n<script>alert(1)</script>\\x1b[31m"  missing-section',
    );
    expect(lines[3]).toBe(
      `  ${ESC}[2m 12:5 ${ESC}[22m  ${ESC}[33mwarning${ESC}[39m  ` +
        'Placeholder "TBD" remains                                               placeholder',
    );
    expect(lines.at(-2)).toBe(
      `${ESC}[1m${ESC}[31m✖ 6 problems (3 errors, 3 warnings) in 2 use cases${ESC}[39m${ESC}[22m`,
    );
    // The document's own ESC is still escaped, colour or not.
    expect(lines[1]).toContain('\\x1b[31m');
  });

  it('says so when there is nothing to report', () => {
    expect(formatPretty(makeModel([]), makeContext())).toBe(
      '✔ 2 use cases, 4 documents: no problems\n',
    );
    expect(formatPretty(makeModel([]), makeContext({ color: true }))).toBe(
      `${ESC}[32m✔ 2 use cases, 4 documents: no problems${ESC}[39m\n`,
    );
  });

  it('uses singular words and a yellow summary for a single warning', () => {
    const warning = DIAGNOSTICS.filter((d) => d.ruleId === 'placeholder');
    const model = {
      ...makeModel(warning),
      summary: { useCases: 1, documents: 1, errors: 0, warnings: 1 },
    };
    expect(formatPretty(model, makeContext()).split('\n').at(-2)).toBe(
      '✖ 1 problem (0 errors, 1 warning) in 1 use case',
    );
    expect(
      formatPretty(model, makeContext({ color: true }))
        .split('\n')
        .at(-2),
    ).toBe(
      `${ESC}[1m${ESC}[33m✖ 1 problem (0 errors, 1 warning) in 1 use case${ESC}[39m${ESC}[22m`,
    );
  });

  it('shows paths relative to the working directory and escapes control characters in them', () => {
    const diagnostic = {
      ...DIAGNOSTICS[1]!,
      file: `UC-009 ${ESC}]0;pwned${ESC}\\/x.md`,
      hint: `a\u009b2Jb`,
    };
    const output = formatPretty(
      makeModel([diagnostic]),
      makeContext({ cwd: '/work/repo/docs/UC-009' }),
    );
    expect(output.split('\n').slice(0, 3)).toEqual([
      '../UC-009 \\x1b]0;pwned\\x1b\\/x.md',
      '  12:5  warning  Placeholder "TBD" remains  placeholder',
      '    hint: a\\x9b2Jb',
    ]);
    const fromRoot = formatPretty(
      makeModel([DIAGNOSTICS[0]!]),
      makeContext({ cwd: '/work/repo/docs' }),
    );
    expect(fromRoot.startsWith(`${UC1_DESIGN}\n`)).toBe(true);
  });
});

describe('escapeControlChars', () => {
  it('makes C0, DEL, C1 and bidirectional controls visible and leaves other text alone', () => {
    expect(escapeControlChars('a\tb\nc\rd\u0000e\u007ff\u0085g\u202eh\u2067i')).toBe(
      'a\\tb\\nc\\rd\\x00e\\x7ff\\x85g\\u202eh\\u2067i',
    );
    expect(escapeControlChars('Détection 😀 <b> 50%')).toBe('Détection 😀 <b> 50%');
  });
});
