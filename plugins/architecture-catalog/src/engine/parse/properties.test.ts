import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PATTERNS } from '../config/config.js';
import { buildDesign } from '../model/design.js';
import { DESIGN_FILE, runDesignRule, VALID_DESIGN } from '../rules/__fixtures__/harness.js';
import { radarIndex, type RadarEntry } from '../radar/radar.js';
import { RULES, type Report } from '../rules/index.js';
import { createTechnologyIndex } from '../technologies/index.js';
import type { RuleId } from '../rules/index.js';
import type { Design } from '../types.js';
import { parseDesignDocument, type DesignDocument } from './design-document.js';
import { nameKey } from './names.js';

const RUNS = { numRuns: 100 };
const technologies = createTechnologyIndex();
const DESIGN_RULES = RULES.flatMap((rule) => (rule.scope === 'design' ? [rule] : []));

/** Lines a design is made of: headings, tables, lists, fences, fields, HTML, front matter. */
const LINES = [
  ...[
    '# Architecture Design: Fraud Detection',
    '## Architecture Design: X',
    '# Architecture Design',
  ],
  ...['## Requirements Summary', '## 1. Technology Choices:', '### 3.2 Data Pipeline', '##'],
  ...['## Component Design', '### Monitoring', '#### Deep', '####### too deep', '# Other'],
  ...['## Risks & Mitigations', '## Alternatives Considered', '## Constraints from DS-01'],
  ...['## Architecture Pattern Selected', 'Setext title', '===', '---', '***'],
  ...['| Requirement | Value | Source |', '|---|---|---|', '|:-|-:|', '| Latency | p99 < 50 ms |'],
  ...['| Throughput | 1,500 req/s | POC |', '| Availability | 99.95 % | |', '| x |', '|', '||'],
  ...['| Component | Technology | Rationale |', '| a | Kafka \\| Flink | b |', '| [X ms] |'],
  ...['- item', '  - nested', '1. one', '* [ ] task', '- [x] done', '> quote', '> - [Name]'],
  ...['```', '~~~mermaid', '    indented code', '```js', '$$', '<!--', '-->'],
  ...['**Pattern:** Streaming', '**Pattern:**', '**Rationale:**', '**Rationale**: why', '**'],
  ...['[X ms]', '[Name]', '[Tech]', '[link](http://x)', '[^1]', '[^1]: note', '![img](x.png)'],
  ...['<script>window.__pwned=1</script>', '<img src=x onerror=alert(1)>', '[a](javascript:x)'],
  ...['p99 <100ms', '{x}', '<Foo/>', "import x from 'y'", 'title: x', 'a: &a [*a, *a]', '...'],
  ...['', ' ', '\t', '\u2028', '\u0000', '\uFEFF', '\ud800', '🚀 Emoji', 'Ω≈ç', '\\', '&amp;'],
];

const NEWLINES = fc.constantFrom('\n', '\r\n', '\r', '\n\n');

/** A markdown-ish document: template-shaped lines joined by any line endings. */
const markdownish = fc
  .array(fc.tuple(fc.constantFrom(...LINES), NEWLINES, fc.constantFrom('', ' ', '  ', '>')), {
    maxLength: 40,
  })
  .map((lines) => lines.map(([line, newline, indent]) => indent + line + newline).join(''));

/** The valid fixture with lines deleted, duplicated, moved, or replaced by other lines. */
const VALID_LINES = VALID_DESIGN.split('\n');
const mutation = fc.tuple(
  fc.constantFrom('delete', 'duplicate', 'move', 'insert', 'truncate'),
  fc.nat(VALID_LINES.length),
  fc.nat(VALID_LINES.length),
  fc.constantFrom(...LINES),
);
const mutatedDesign = fc.array(mutation, { minLength: 1, maxLength: 8 }).map((mutations) => {
  const lines = [...VALID_LINES];
  for (const [kind, at, to, line] of mutations) {
    const i = at % Math.max(lines.length, 1);
    if (kind === 'delete') lines.splice(i, 1);
    else if (kind === 'duplicate') lines.splice(i, 0, lines[i] ?? '');
    else if (kind === 'move')
      lines.splice(to % Math.max(lines.length, 1), 0, ...lines.splice(i, 1));
    else if (kind === 'insert') lines.splice(i, 0, line);
    else lines[i] = (lines[i] ?? '').slice(0, to % 12);
  }
  return lines.join('\n');
});

const anyDocument = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  markdownish,
  mutatedDesign,
  markdownish.map((body) => `---\n${body}`),
);

interface Checked {
  document: DesignDocument;
  design: Design;
  reports: [RuleId, Report[]][];
}

/** A radar that both radar rules can report against: one technology on hold, one adopted. */
const RADAR_ENTRIES: RadarEntry[] = [
  { technology: 'Kafka', ring: 'hold', reason: 'Managed bus', replacedBy: 'Kinesis', since: null },
  { technology: 'Flink', ring: 'adopt', reason: null, replacedBy: null, since: null },
];
const RADAR = radarIndex(RADAR_ENTRIES);

/**
 * Parses and models a document and runs every design rule over it, as the harness does (the
 * real parser and model builder), parsing once and sharing one technology index so that a few
 * hundred documents per property stay within seconds.
 */
function check(text: string): Checked {
  const document = parseDesignDocument(DESIGN_FILE, text);
  const design = buildDesign(document, { technologies, patterns: DEFAULT_PATTERNS });
  const facts = { document, design, knownPatterns: DEFAULT_PATTERNS, technologies, radar: RADAR };
  return { document, design, reports: DESIGN_RULES.map((rule) => [rule.id, rule.check(facts)]) };
}

function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

function expectWithin(text: string, point: { line: number; column: number }, what: string): void {
  expect(Number.isInteger(point.line) && Number.isInteger(point.column), what).toBe(true);
  expect(point.line, what).toBeGreaterThanOrEqual(1);
  expect(point.line, what).toBeLessThanOrEqual(lineCount(text) + 1);
  expect(point.column, what).toBeGreaterThanOrEqual(1);
  const line = text.split(/\r\n|\r|\n/)[point.line - 1];
  if (line !== undefined) expect(point.column, what).toBeLessThanOrEqual(line.length + 1);
}

describe('the parser, the outline and the design model', () => {
  it('never throw, are deterministic, and give finite requirements and non-empty names', () => {
    fc.assert(
      fc.property(anyDocument, (text) => {
        const { design } = check(text);
        for (const value of Object.values(design.requirements)) {
          if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
        }
        for (const choice of design.technologies) {
          for (const ref of choice.technologies) expect(ref.name.trim()).not.toBe('');
        }
        expect(check(text).design).toEqual(design);
      }),
      RUNS,
    );
  });

  it('keep every line number and put sections one level below the title', () => {
    fc.assert(
      fc.property(anyDocument, (text) => {
        const { text: body, frontMatter, outline } = parseDesignDocument(DESIGN_FILE, text);
        expect(lineCount(body)).toBe(lineCount(text));
        if (frontMatter.error) expectWithin(text, frontMatter.error, 'yaml');
        expectWithin(text, outline.end, 'end');
        for (const section of outline.sections) {
          expect(section.heading.depth).toBe(outline.titleDepth + 1);
          expect(section.key).toBe(nameKey(section.name));
          for (const child of section.children) {
            expect(child.heading.depth).toBe(outline.titleDepth + 2);
          }
        }
      }),
      RUNS,
    );
  });

  it('read CRLF and lone-CR line endings like LF', () => {
    const lf = fc.oneof(markdownish, mutatedDesign).map((text) => text.replace(/\r\n?/g, '\n'));
    const comparable = ({ design, reports }: Checked) => ({
      // Component texts are the markdown as written, line endings included.
      design: { ...design, components: Object.keys(design.components) },
      reports: reports.map(([id, list]) => [
        id,
        list.map(({ line, column, message }) => ({ line, column, message })),
      ]),
    });
    fc.assert(
      fc.property(lf, fc.constantFrom('\r\n', '\r'), (text, newline) => {
        const other = text.replace(/\n/g, newline);
        expect(comparable(check(other))).toEqual(comparable(check(text)));
      }),
      { numRuns: 60 },
    );
  });
});

describe('every design rule', () => {
  it('never throws and reports positions inside the document', () => {
    fc.assert(
      fc.property(anyDocument, (text) => {
        for (const [id, reports] of check(text).reports) {
          for (const report of reports) {
            expectWithin(text, report, `${id}: ${report.message}`);
            expect(report.message.trim()).not.toBe('');
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it.each(DESIGN_RULES.map((rule) => rule.id))('%s reports the same through the harness', (id) => {
    fc.assert(
      fc.property(fc.oneof(markdownish, mutatedDesign), (text) => {
        const direct = check(text).reports.find(([ruleId]) => ruleId === id)?.[1];
        expect(runDesignRule(id, text, DEFAULT_PATTERNS, RADAR_ENTRIES)).toEqual(direct);
      }),
      { numRuns: 3 },
    );
  });
});

describe('regressions the properties found', () => {
  it('keeps line numbers when front matter ends after a lone CR', () => {
    const text = '---\n# Architecture Design: Fraud Detection\r---\n## Requirements Summary\n';
    const document = parseDesignDocument(DESIGN_FILE, text);
    expect(lineCount(document.text)).toBe(lineCount(text));
    expect(document.outline.sections[0]?.heading.position?.start.line).toBe(4);
  });
});
