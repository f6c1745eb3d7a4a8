import { describe, expect, it } from 'vitest';
import { edit, lastLine, runDesignRule, VALID_DESIGN, where } from './__fixtures__/harness.js';
import type { RadarEntry } from '../radar/radar.js';
import { RULES, type RuleId } from './index.js';

const DESIGN_RULES = RULES.filter((rule) => rule.scope === 'design').map((rule) => rule.id);

/** A report expected at the first (or `nth`) place `at` occurs in the document under test. */
interface Expected {
  at?: string;
  nth?: number;
  /** Columns after the start of `at`. */
  shift?: number;
  message?: string | RegExp | ((doc: string) => string);
  hint?: string | RegExp | ((doc: string) => string);
  section?: string;
}

/** One case: the valid fixture with `edits` made, and what `rule` reports on it. */
interface Case {
  name: string;
  rule: RuleId;
  edits: readonly (readonly [from: string, to: string])[];
  reports: readonly Expected[];
  patterns?: readonly string[];
  radar?: readonly RadarEntry[];
}

const TITLE = '# Architecture Design: Fraud Detection';
const CONSTRAINTS =
  '## Constraints from DS-01\n- Card data must stay in the EU region\n- Budget capped at 8k EUR per month\n\n';
const LAST_ROW = '| Tecton | Managed | Cost | Vendor lock-in |\n';
const INTEGRATION_ROW = '| Card authorisation | API | Synchronous, 50 ms budget |\n';
const TECHNOLOGY = '| Apache Kafka + Flink |';
const PATTERN = '**Pattern:** Real-Time Serving + Streaming';
const RATIONALE =
  '**Rationale:** Scores are needed inside the authorisation call, from features that change with every swipe.';
const NO_FIELDS: Case['edits'] = [[`${PATTERN}\n\n${RATIONALE}`, 'We serve in real time.']];
const PLACEHOLDERS: Case['edits'] = [
  ['| p99 < 50 ms | POC Plan |', '| [X ms] | [Handoff doc] |'],
  [
    'Prometheus and Grafana for latency; Evidently for drift.',
    'See [Description and approach] and [Description and approach].',
  ],
];

const CASES: readonly Case[] = [
  {
    name: 'fires on the first heading when no heading is an Architecture Design title',
    rule: 'missing-title',
    edits: [[TITLE, '# Fraud Detection']],
    reports: [{ at: '# Fraud Detection' }],
  },
  {
    name: 'still finds the sections under a title without its prefix',
    rule: 'missing-section',
    edits: [[TITLE, '# Fraud Detection']],
    reports: [],
  },
  {
    name: 'fires when the title names nothing',
    rule: 'missing-title',
    edits: [[TITLE, 'Intro\n\n# Architecture Design']],
    reports: [{ at: '# Architecture Design', message: /names no use case/ }],
  },
  {
    name: 'anchors a missing section at the next template section, with a did-you-mean hint',
    rule: 'missing-section',
    edits: [['## Risks and Mitigations', '## Risks']],
    reports: [
      {
        at: '## Alternatives Considered',
        message: "Missing section 'Risks and Mitigations'",
        hint: (doc) =>
          `did you mean 'Risks and Mitigations' instead of 'Risks' (line ${where(doc, '## Risks\n').line})?`,
      },
    ],
  },
  {
    name: 'reports a missing Component Design subsection before the next one',
    rule: 'missing-section',
    edits: [
      [
        '### Model Training\nXGBoost is trained weekly on Databricks and tracked in MLflow.\n\n',
        '',
      ],
    ],
    reports: [
      {
        at: '### Model Serving',
        message: "Missing subsection 'Model Training' in 'Component Design'",
      },
    ],
  },
  {
    name: 'matches names ignoring case, numbering, emoji, colons and &',
    rule: 'missing-section',
    edits: [
      ['## Requirements Summary', '## 1. requirements summary:'],
      ['## Risks and Mitigations', '## 7. ⚠️ Risks & Mitigations'],
      ['### Data Pipeline', '### 4.1 Data Pipeline'],
    ],
    reports: [],
  },
  {
    name: 'reports the second occurrence, naming the first',
    rule: 'duplicate-section',
    edits: [[LAST_ROW, `${LAST_ROW}\n## Integration Points\nMore.\n`]],
    reports: [
      {
        at: '## Integration Points',
        nth: 2,
        message: (doc) =>
          `Section 'Integration Points' appears again; the first is at line ${where(doc, '## Integration Points').line}`,
      },
    ],
  },
  {
    name: 'reports the first section out of place',
    rule: 'section-order',
    edits: [
      [CONSTRAINTS, ''],
      [LAST_ROW, `${LAST_ROW}\n${CONSTRAINTS}`],
    ],
    reports: [
      {
        at: '## Architecture Pattern Selected',
        message: /'Architecture Pattern Selected' is out of order/,
      },
    ],
  },
  {
    name: 'stays quiet while a section is missing (missing-section reports that)',
    rule: 'section-order',
    edits: [['## Integration Points', '## Interfaces']],
    reports: [],
  },
  {
    name: 'reports an empty section and an empty subsection on their headings',
    rule: 'empty-section',
    edits: [
      [
        '- Card data must stay in the EU region\n- Budget capped at 8k EUR per month\n',
        '<!-- todo -->\n',
      ],
      ['KServe on Kubernetes, one replica per zone.\n', ''],
    ],
    reports: [{ at: '## Constraints from DS-01' }, { at: '### Model Serving' }],
  },
  {
    name: 'reports a missing table on the section heading',
    rule: 'table-columns',
    edits: [
      [
        '| Risk | Mitigation |\n|------|------------|\n| Feature lag | Alert when Flink lag exceeds 5 s |\n',
        'Feature lag: alert on it.\n',
      ],
    ],
    reports: [
      { at: '## Risks and Mitigations', message: "Section 'Risks and Mitigations' has no table" },
    ],
  },
  {
    name: 'reports each missing column on the table, with a hint for a near miss',
    rule: 'table-columns',
    edits: [
      [
        '| Alternative | Pros | Cons | Why Not Selected |',
        '| Alternative | Pros | Cons | Why Not Chosen |',
      ],
    ],
    reports: [
      {
        at: '| Alternative |',
        message: "The Alternatives Considered table lacks the column 'Why Not Selected'",
        hint: "did you mean 'Why Not Selected' instead of 'Why Not Chosen'?",
      },
    ],
  },
  {
    name: 'names each missing row, anchored at the end of the table',
    rule: 'missing-requirement',
    edits: [['| Availability | 99.95% | SLA |\n', '']],
    reports: [
      { at: '| Data freshness |', message: "The Requirements Summary has no 'Availability' row" },
    ],
  },
  {
    name: 'points at the value cell',
    rule: 'unparseable-requirement',
    edits: [['| Throughput | 2,000 req/s |', '| Throughput | lots |']],
    reports: [{ at: 'lots', message: "Cannot read the Throughput value 'lots'" }],
  },
  {
    name: 'leaves an unfilled placeholder to the placeholder rule',
    rule: 'unparseable-requirement',
    edits: [['| p99 < 50 ms |', '| [X ms] |']],
    reports: [],
  },
  {
    name: 'accepts N/A without a warning',
    rule: 'unparseable-requirement',
    edits: [['| p99 < 50 ms |', '| N/A (batch) |']],
    reports: [],
  },
  {
    name: 'points at the empty Source cell',
    rule: 'missing-source',
    edits: [['| Availability | 99.95% | SLA |', '| Availability | 99.95% |  |']],
    reports: [{ at: '|  |', shift: 1 }],
  },
  {
    name: 'fires on the section heading when the Pattern field is absent',
    rule: 'missing-pattern',
    edits: NO_FIELDS,
    reports: [{ at: '## Architecture Pattern Selected' }],
  },
  {
    name: 'fires on the section heading when the Rationale field is absent',
    rule: 'missing-rationale',
    edits: NO_FIELDS,
    reports: [{ at: '## Architecture Pattern Selected' }],
  },
  {
    name: 'fires on the label when the field is empty',
    rule: 'missing-pattern',
    edits: [[PATTERN, '**Pattern:**']],
    reports: [{ at: '**Pattern:**' }],
  },
  {
    name: 'reads `**Rationale**:` and a rationale written in the blocks below the label',
    rule: 'missing-rationale',
    edits: [[RATIONALE, '**Rationale**:\n\n- Scores are needed inside the authorisation call']],
    reports: [],
  },
  {
    name: 'points at the value and suggests the closest known pattern',
    rule: 'unknown-pattern',
    edits: [[PATTERN, '**Pattern:** Lambda Architecture']],
    reports: [{ at: 'Lambda Architecture', message: "Unknown pattern 'Lambda Architecture'" }],
  },
  {
    name: 'accepts a pattern added by configuration',
    rule: 'unknown-pattern',
    edits: [[PATTERN, '**Pattern:** Lambda Architecture']],
    patterns: ['Real-Time Serving', 'Lambda Architecture'],
    reports: [],
  },
  {
    name: 'finds every template placeholder at its exact column',
    rule: 'placeholder',
    edits: PLACEHOLDERS,
    reports: [
      { at: '[X ms]' },
      { at: '[Handoff doc]' },
      { at: '[Description and approach]' },
      { at: '[Description and approach]', nth: 2 },
    ],
  },
  {
    name: 'ignores links, footnotes, task boxes, code and escaped brackets',
    rule: 'placeholder',
    edits: [
      [
        'Prometheus and Grafana for latency; Evidently for drift.',
        'See [Name](https://example.com), `[X ms]`, [^1], \\[Tech\\] and [ref].\n\n- [x] [Name][ref]\n\n[ref]: https://example.com\n[^1]: A note.',
      ],
    ],
    reports: [],
  },
  {
    name: 'warns when the constraints are prose, not a list',
    rule: 'missing-constraints',
    edits: [
      [
        '- Card data must stay in the EU region\n- Budget capped at 8k EUR per month\n',
        'Card data must stay in the EU.\n',
      ],
    ],
    reports: [{ at: '## Constraints from DS-01' }],
  },
  {
    name: 'warns about Batch Prediction alone with a 50 ms latency and real-time freshness',
    rule: 'pattern-requirement-mismatch',
    edits: [[PATTERN, '**Pattern:** Batch Prediction']],
    reports: [{ at: 'Batch Prediction' }, { at: 'Batch Prediction' }],
  },
  {
    name: 'warns about Real-Time Serving with a latency of hours',
    rule: 'pattern-requirement-mismatch',
    edits: [['| p99 < 50 ms |', '| 2 hours |']],
    reports: [{ message: /over one hour/ }],
  },
  {
    name: 'accepts a hybrid of batch and serving with a 50 ms latency',
    rule: 'pattern-requirement-mismatch',
    edits: [[PATTERN, '**Pattern:** Batch Prediction + Real-Time Serving']],
    reports: [],
  },
  {
    name: 'reports a required table without rows at the table',
    rule: 'table-columns',
    edits: [[INTEGRATION_ROW, '']],
    reports: [
      {
        at: '| System |',
        message: 'The Integration Points table has no rows',
        section: 'Integration Points',
      },
    ],
  },
  {
    name: 'shows the requirement row to add',
    rule: 'missing-requirement',
    edits: [['| Throughput | 2,000 req/s | POC Plan |\n', '']],
    reports: [
      {
        message: "The Requirements Summary has no 'Throughput' row",
        hint: 'add the row `| Throughput | 500 req/s | <source> |`, or `N/A` as its value when it does not apply',
      },
    ],
  },
  {
    name: 'reports a missing subsection at the heading that stands for it, with a rename hint',
    rule: 'missing-section',
    edits: [['### Monitoring', '### Observability']],
    reports: [
      {
        at: '### Observability',
        message: "Missing subsection 'Monitoring' in 'Component Design'",
        hint: "rename 'Observability' to 'Monitoring', if that is what it describes",
      },
    ],
  },
  {
    name: 'names the row of a placeholder left in a table',
    rule: 'placeholder',
    edits: [['| Latency | p99 < 50 ms |', '| Latency | [X ms] |']],
    reports: [{ section: 'Requirements Summary > Latency' }],
  },
  {
    name: 'fires at a row with fewer cells than the header',
    rule: 'short-table-row',
    edits: [[INTEGRATION_ROW, '| Card authorisation | API |\n']],
    reports: [
      {
        at: 'Card authorisation | API |',
        message:
          'This row of the Integration Points table has 2 cells, its header 3 cells: the last one reads as empty',
        section: 'Integration Points > Card authorisation',
      },
    ],
  },
  {
    name: 'passes rows with a cell for every column, empty ones included',
    rule: 'short-table-row',
    edits: [[INTEGRATION_ROW, '| Card authorisation | API | |\n']],
    reports: [],
  },
  {
    name: 'fires at the cell of a name one typo from a known one, suggesting it',
    rule: 'unknown-technology',
    edits: [[TECHNOLOGY, '| Apache Kafak + Flnik |']],
    reports: [
      {
        at: 'Apache Kafak',
        message: "Unknown technology 'Apache Kafak'",
        hint: /^did you mean 'Kafka'\?/,
        section: 'Technology Choices > Event transport',
      },
      { message: "Unknown technology 'Flnik'", hint: /^did you mean 'Flink'\?/ },
    ],
  },
  {
    name: 'passes honest new tools and known names',
    rule: 'unknown-technology',
    edits: [[TECHNOLOGY, '| Chronon + Kafka + Pinot + Zipline |']],
    reports: [],
  },
  {
    name: 'fires on a chosen technology on hold, at its cell, with the reason and the replacement',
    rule: 'technology-on-hold',
    radar: [
      placed('Kafka', 'hold', {
        reason: 'Consolidating on the managed bus',
        replacedBy: 'Kinesis',
      }),
      placed('Flink', 'adopt'),
    ],
    edits: [],
    reports: [
      {
        at: 'Apache Kafka + Flink',
        message: 'Kafka is on hold on the technology radar: Consolidating on the managed bus',
        hint: 'the radar names Kinesis instead',
        section: 'Technology Choices > Event transport',
      },
    ],
  },
  {
    name: 'fires on a product of a family on hold',
    rule: 'technology-on-hold',
    radar: [placed('Spark', 'hold')],
    edits: [[TECHNOLOGY, '| Spark Structured Streaming + Flink |']],
    reports: [
      {
        at: 'Spark Structured Streaming + Flink',
        message:
          'Spark Structured Streaming is on hold on the technology radar (as is all of Spark)',
        hint: 'the radar names no replacement: ask whoever keeps it',
      },
    ],
  },
  {
    name: 'passes a product the radar places itself, though its family is on hold',
    rule: 'technology-on-hold',
    radar: [placed('Spark', 'hold'), placed('Spark Structured Streaming', 'trial')],
    edits: [[TECHNOLOGY, '| Spark Structured Streaming + Flink |']],
    reports: [],
  },
  {
    name: 'passes a technology the design rejected, and designs when nothing is on hold',
    rule: 'technology-on-hold',
    radar: [placed('Tecton', 'hold'), placed('Kafka', 'trial')],
    edits: [],
    reports: [],
  },
  {
    name: 'fires on each chosen known technology the radar does not place, at its cell',
    rule: 'technology-not-on-radar',
    radar: [placed('Kafka', 'adopt'), placed('Feast', 'trial')],
    edits: [],
    reports: [
      {
        at: 'Apache Kafka + Flink',
        message: 'Flink is not on the technology radar',
        hint: 'place Flink under radar: in the config',
        section: 'Technology Choices > Event transport',
      },
      { at: 'Feast (Redis online', message: 'Redis is not on the technology radar' },
      { at: 'Feast (Redis online', message: 'BigQuery is not on the technology radar' },
    ],
  },
  {
    name: 'passes technologies placed through their family, and names the table does not know',
    rule: 'technology-not-on-radar',
    radar: [
      placed('Spark', 'adopt'),
      placed('Kafka', 'adopt'),
      placed('Flink', 'adopt'),
      placed('Feast', 'adopt'),
    ],
    edits: [
      [TECHNOLOGY, '| Spark Structured Streaming + Amazon MSK + Flink + Chronon |'],
      ['Feast (Redis online, BigQuery offline)', 'Feast'],
    ],
    reports: [],
  },
];

function placed(
  technology: string,
  ring: RadarEntry['ring'],
  more: Partial<Pick<RadarEntry, 'reason' | 'replacedBy'>> = {},
): RadarEntry {
  return { technology, ring, reason: null, replacedBy: null, since: null, ...more };
}

const resolved = (value: Expected['message'], doc: string) =>
  typeof value === 'function'
    ? value(doc)
    : value instanceof RegExp
      ? expect.stringMatching(value)
      : value;

function expectedReport(expected: Expected, doc: string) {
  const fields: Record<string, unknown> = {};
  if (expected.at !== undefined) {
    const place = where(doc, expected.at, expected.nth);
    fields.line = place.line;
    fields.column = place.column + (expected.shift ?? 0);
  }
  if (expected.message !== undefined) fields.message = resolved(expected.message, doc);
  if (expected.hint !== undefined) fields.hint = resolved(expected.hint, doc);
  if (expected.section !== undefined) fields.section = expected.section;
  return expect.objectContaining(fields);
}

describe('the valid fixture', () => {
  it.each(DESIGN_RULES)('passes %s', (id) => {
    expect(runDesignRule(id, VALID_DESIGN)).toEqual([]);
  });

  it('passes in the seed style too: title at ## and sections at ###', () => {
    const seedStyle = VALID_DESIGN.replace(/^(#+) /gm, '#$1 ');
    for (const id of DESIGN_RULES) expect(runDesignRule(id, seedStyle), id).toEqual([]);
  });
});

const CASED_RULES = DESIGN_RULES.filter((id) => CASES.some((c) => c.rule === id));

describe.each(CASED_RULES)('%s', (rule) => {
  it.each(CASES.filter((c) => c.rule === rule).map((c) => [c.name, c] as const))(
    '%s',
    (_name, c) => {
      const doc = c.edits.reduce((text, [from, to]) => edit(text, from, to), VALID_DESIGN);
      expect(runDesignRule(rule, doc, c.patterns, c.radar)).toEqual(
        c.reports.map((expected) => expectedReport(expected, doc)),
      );
    },
  );
});

describe('missing-section at the end', () => {
  it('anchors a missing last section at the end of the document', () => {
    const doc = VALID_DESIGN.slice(0, VALID_DESIGN.indexOf('## Alternatives Considered'));
    expect(runDesignRule('missing-section', doc)).toEqual([
      expect.objectContaining({ line: lastLine(doc), column: 1 }),
    ]);
  });
});
