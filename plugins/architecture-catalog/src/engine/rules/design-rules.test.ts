import { describe, expect, it } from 'vitest';
import { edit, lastLine, runDesignRule, VALID_DESIGN, where } from './__fixtures__/harness.js';
import { RULES } from './index.js';

/** A report at the given place; places are found in the document under test, not numbered by hand. */
const at = (place: { line: number; column: number }) => expect.objectContaining(place);

describe('the valid fixture', () => {
  it.each(RULES.filter((rule) => rule.scope === 'design').map((rule) => rule.id))(
    'passes %s',
    (id) => {
      expect(runDesignRule(id, VALID_DESIGN)).toEqual([]);
    },
  );
});

describe('missing-title', () => {
  it('fires on the first heading when no heading is an Architecture Design title', () => {
    const doc = edit(VALID_DESIGN, '# Architecture Design: Fraud Detection', '# Fraud Detection');
    expect(runDesignRule('missing-title', doc)).toEqual([at(where(doc, '# Fraud Detection'))]);
  });
  it('still finds the sections under a title without its prefix', () => {
    const doc = edit(VALID_DESIGN, '# Architecture Design: Fraud Detection', '# Fraud Detection');
    expect(runDesignRule('missing-section', doc)).toEqual([]);
  });
  it('fires when the title names nothing', () => {
    const doc = edit(
      VALID_DESIGN,
      '# Architecture Design: Fraud Detection',
      'Intro\n\n# Architecture Design',
    );
    expect(runDesignRule('missing-title', doc)).toEqual([
      expect.objectContaining({
        ...where(doc, '# Architecture Design'),
        message: expect.stringMatching(/names no use case/),
      }),
    ]);
  });
  it('accepts the seed style: title at ## and sections at ###', () => {
    const seedStyle = VALID_DESIGN.replace(/^(#+) /gm, '#$1 ');
    for (const rule of RULES.filter((candidate) => candidate.scope === 'design')) {
      expect(runDesignRule(rule.id, seedStyle), rule.id).toEqual([]);
    }
  });
});

describe('missing-section', () => {
  it('anchors a missing section at the next template section, with a did-you-mean hint', () => {
    const doc = edit(VALID_DESIGN, '## Risks and Mitigations', '## Risks');
    expect(runDesignRule('missing-section', doc)).toEqual([
      expect.objectContaining({
        ...where(doc, '## Alternatives Considered'),
        message: "Missing section 'Risks and Mitigations'",
        hint: `did you mean 'Risks and Mitigations' instead of 'Risks' (line ${where(doc, '## Risks\n').line})?`,
      }),
    ]);
  });
  it('anchors a missing last section at the end of the document', () => {
    const doc = VALID_DESIGN.slice(0, VALID_DESIGN.indexOf('## Alternatives Considered'));
    expect(runDesignRule('missing-section', doc)).toEqual([at({ line: lastLine(doc), column: 1 })]);
  });
  it('reports a missing Component Design subsection before the next one', () => {
    const doc = edit(
      VALID_DESIGN,
      '### Model Training\nXGBoost is trained weekly on Databricks and tracked in MLflow.\n\n',
      '',
    );
    expect(runDesignRule('missing-section', doc)).toEqual([
      expect.objectContaining({
        ...where(doc, '### Model Serving'),
        message: "Missing subsection 'Model Training' in 'Component Design'",
      }),
    ]);
  });
  it('matches names ignoring case, numbering, emoji, colons and &', () => {
    let doc = edit(VALID_DESIGN, '## Requirements Summary', '## 1. requirements summary:');
    doc = edit(doc, '## Risks and Mitigations', '## 7. ⚠️ Risks & Mitigations');
    doc = edit(doc, '### Data Pipeline', '### 4.1 Data Pipeline');
    expect(runDesignRule('missing-section', doc)).toEqual([]);
  });
});

describe('duplicate-section', () => {
  it('reports the second occurrence, naming the first', () => {
    const doc = `${VALID_DESIGN}\n## Integration Points\nMore.\n`;
    expect(runDesignRule('duplicate-section', doc)).toEqual([
      expect.objectContaining({
        ...where(doc, '## Integration Points', 2),
        message: `Section 'Integration Points' appears again; the first is at line ${where(doc, '## Integration Points').line}`,
      }),
    ]);
  });
});

describe('section-order', () => {
  it('reports the first section out of place', () => {
    const constraints =
      '## Constraints from DS-01\n- Card data must stay in the EU region\n- Budget capped at 8k EUR per month\n\n';
    const doc = edit(VALID_DESIGN, constraints, '') + `\n${constraints}`;
    expect(runDesignRule('section-order', doc)).toEqual([
      expect.objectContaining({
        ...where(doc, '## Architecture Pattern Selected'),
        message: expect.stringContaining("'Architecture Pattern Selected' is out of order"),
      }),
    ]);
  });
  it('stays quiet while a section is missing (missing-section reports that)', () => {
    expect(
      runDesignRule('section-order', edit(VALID_DESIGN, '## Integration Points', '## Interfaces')),
    ).toEqual([]);
  });
});

describe('empty-section', () => {
  it('reports an empty section and an empty subsection on their headings', () => {
    let doc = edit(
      VALID_DESIGN,
      '- Card data must stay in the EU region\n- Budget capped at 8k EUR per month\n',
      '<!-- todo -->\n',
    );
    doc = edit(doc, 'KServe on Kubernetes, one replica per zone.\n', '');
    expect(runDesignRule('empty-section', doc)).toEqual([
      at(where(doc, '## Constraints from DS-01')),
      at(where(doc, '### Model Serving')),
    ]);
  });
});

describe('table-columns', () => {
  it('reports a missing table on the section heading', () => {
    const doc = edit(
      VALID_DESIGN,
      '| Risk | Mitigation |\n|------|------------|\n| Feature lag | Alert when Flink lag exceeds 5 s |\n',
      'Feature lag: alert on it.\n',
    );
    expect(runDesignRule('table-columns', doc)).toEqual([
      expect.objectContaining({
        ...where(doc, '## Risks and Mitigations'),
        message: "Section 'Risks and Mitigations' has no table",
      }),
    ]);
  });
  it('reports each missing column on the table, with a hint for a near miss', () => {
    const doc = edit(
      VALID_DESIGN,
      '| Alternative | Pros | Cons | Why Not Selected |',
      '| Alternative | Pros | Cons | Why Not Chosen |',
    );
    expect(runDesignRule('table-columns', doc)).toEqual([
      expect.objectContaining({
        ...where(doc, '| Alternative |'),
        message: "The Alternatives Considered table lacks the column 'Why Not Selected'",
        hint: "did you mean 'Why Not Selected' instead of 'Why Not Chosen'?",
      }),
    ]);
  });
});

describe('missing-requirement', () => {
  it('names each missing row, anchored at the end of the table', () => {
    const doc = edit(VALID_DESIGN, '| Availability | 99.95% | SLA |\n', '');
    expect(runDesignRule('missing-requirement', doc)).toEqual([
      expect.objectContaining({
        ...where(doc, '| Data freshness |'),
        message: "The Requirements Summary has no 'Availability' row",
      }),
    ]);
  });
});

describe('unparseable-requirement', () => {
  it('points at the value cell', () => {
    const doc = edit(VALID_DESIGN, '| Throughput | 2,000 req/s |', '| Throughput | lots |');
    expect(runDesignRule('unparseable-requirement', doc)).toEqual([
      expect.objectContaining({
        ...where(doc, 'lots'),
        message: "Cannot read the Throughput value 'lots'",
      }),
    ]);
  });
  it('leaves an unfilled placeholder to the placeholder rule', () => {
    expect(
      runDesignRule('unparseable-requirement', edit(VALID_DESIGN, '| p99 < 50 ms |', '| [X ms] |')),
    ).toEqual([]);
  });
  it('accepts N/A without a warning', () => {
    expect(
      runDesignRule(
        'unparseable-requirement',
        edit(VALID_DESIGN, '| p99 < 50 ms |', '| N/A (batch) |'),
      ),
    ).toEqual([]);
  });
});

describe('missing-source', () => {
  it('points at the empty Source cell', () => {
    const doc = edit(
      VALID_DESIGN,
      '| Availability | 99.95% | SLA |',
      '| Availability | 99.95% |  |',
    );
    const source = where(doc, '| Availability | 99.95% |  |');
    expect(runDesignRule('missing-source', doc)).toEqual([
      at({ line: source.line, column: source.column + '| Availability | 99.95% |'.length }),
    ]);
  });
});

describe('missing-pattern and missing-rationale', () => {
  it('fire on the section heading when the fields are absent', () => {
    const doc = edit(
      VALID_DESIGN,
      '**Pattern:** Real-Time Serving + Streaming\n\n**Rationale:** Scores are needed inside the authorisation call, from features that change with every swipe.',
      'We serve in real time.',
    );
    const heading = where(doc, '## Architecture Pattern Selected');
    expect(runDesignRule('missing-pattern', doc)).toEqual([at(heading)]);
    expect(runDesignRule('missing-rationale', doc)).toEqual([at(heading)]);
  });
  it('fire on the label when the field is empty', () => {
    const doc = edit(VALID_DESIGN, '**Pattern:** Real-Time Serving + Streaming', '**Pattern:**');
    expect(runDesignRule('missing-pattern', doc)).toEqual([at(where(doc, '**Pattern:**'))]);
  });
  it('read `**Rationale**:` and a rationale written in the blocks below the label', () => {
    const doc = edit(
      VALID_DESIGN,
      '**Rationale:** Scores are needed inside the authorisation call, from features that change with every swipe.',
      '**Rationale**:\n\n- Scores are needed inside the authorisation call',
    );
    expect(runDesignRule('missing-rationale', doc)).toEqual([]);
  });
});

describe('unknown-pattern', () => {
  it('points at the value and suggests the closest known pattern', () => {
    const doc = edit(
      VALID_DESIGN,
      '**Pattern:** Real-Time Serving + Streaming',
      '**Pattern:** Lambda Architecture',
    );
    expect(runDesignRule('unknown-pattern', doc)).toEqual([
      expect.objectContaining({
        ...where(doc, 'Lambda Architecture'),
        message: "Unknown pattern 'Lambda Architecture'",
      }),
    ]);
  });
  it('accepts a pattern added by configuration', () => {
    const doc = edit(
      VALID_DESIGN,
      '**Pattern:** Real-Time Serving + Streaming',
      '**Pattern:** Lambda Architecture',
    );
    expect(
      runDesignRule('unknown-pattern', doc, ['Real-Time Serving', 'Lambda Architecture']),
    ).toEqual([]);
  });
});

describe('placeholder', () => {
  it('finds every template placeholder at its exact column', () => {
    let doc = edit(VALID_DESIGN, '| p99 < 50 ms | POC Plan |', '| [X ms] | [Handoff doc] |');
    doc = edit(
      doc,
      'Prometheus and Grafana for latency; Evidently for drift.',
      'See [Description and approach] and [Description and approach].',
    );
    expect(runDesignRule('placeholder', doc)).toEqual([
      at(where(doc, '[X ms]')),
      at(where(doc, '[Handoff doc]')),
      at(where(doc, '[Description and approach]')),
      at(where(doc, '[Description and approach]', 2)),
    ]);
  });
  it('ignores links, footnotes, task boxes, code and escaped brackets', () => {
    const doc = edit(
      VALID_DESIGN,
      'Prometheus and Grafana for latency; Evidently for drift.',
      'See [Name](https://example.com), `[X ms]`, [^1], \\[Tech\\] and [ref].\n\n- [x] [Name][ref]\n\n[ref]: https://example.com\n[^1]: A note.',
    );
    expect(runDesignRule('placeholder', doc)).toEqual([]);
  });
});

describe('missing-constraints', () => {
  it('warns when the constraints are prose, not a list', () => {
    const doc = edit(
      VALID_DESIGN,
      '- Card data must stay in the EU region\n- Budget capped at 8k EUR per month\n',
      'Card data must stay in the EU.\n',
    );
    expect(runDesignRule('missing-constraints', doc)).toEqual([
      at(where(doc, '## Constraints from DS-01')),
    ]);
  });
});

describe('pattern-requirement-mismatch', () => {
  it('warns about Batch Prediction alone with a 50 ms latency and real-time freshness', () => {
    const doc = edit(
      VALID_DESIGN,
      '**Pattern:** Real-Time Serving + Streaming',
      '**Pattern:** Batch Prediction',
    );
    const value = where(doc, 'Batch Prediction');
    expect(runDesignRule('pattern-requirement-mismatch', doc)).toEqual([at(value), at(value)]);
  });
  it('warns about Real-Time Serving with a latency of hours', () => {
    const doc = edit(VALID_DESIGN, '| p99 < 50 ms |', '| 2 hours |');
    expect(runDesignRule('pattern-requirement-mismatch', doc)).toEqual([
      expect.objectContaining({ message: expect.stringContaining('over one hour') }),
    ]);
  });
  it('accepts a hybrid of batch and serving with a 50 ms latency', () => {
    const doc = edit(
      VALID_DESIGN,
      '**Pattern:** Real-Time Serving + Streaming',
      '**Pattern:** Batch Prediction + Real-Time Serving',
    );
    expect(runDesignRule('pattern-requirement-mismatch', doc)).toEqual([]);
  });
});
