import { describe, expect, it } from 'vitest';
import { edit, runDesignRule, VALID_DESIGN, where } from './__fixtures__/harness.js';
import { RULES } from './index.js';

const INTEGRATION_ROW = '| Card authorisation | API | Synchronous, 50 ms budget |\n';

/** Every design rule's reports over a document, by rule id, rules without any left out. */
function allReports(markdown: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const rule of RULES.filter((candidate) => candidate.scope === 'design')) {
    const found = runDesignRule(rule.id, markdown).length;
    if (found > 0) counts[rule.id] = found;
  }
  return counts;
}

describe('a required table without rows', () => {
  it('is a table-columns error at the table', () => {
    const doc = edit(VALID_DESIGN, INTEGRATION_ROW, '');
    expect(runDesignRule('table-columns', doc)).toEqual([
      expect.objectContaining({
        ...where(doc, '| System |'),
        message: 'The Integration Points table has no rows',
        section: 'Integration Points',
      }),
    ]);
    expect(allReports(doc)).toEqual({ 'table-columns': 1 });
  });

  it('deleted with its header, leaving the section empty, is one error, not two', () => {
    const doc = edit(
      VALID_DESIGN,
      `| System | Integration Type | Notes |\n|--------|------------------|-------|\n${INTEGRATION_ROW}`,
      '',
    );
    expect(allReports(doc)).toEqual({ 'empty-section': 1 });
  });
});

describe('missing-requirement', () => {
  it('shows the row to add', () => {
    const doc = edit(VALID_DESIGN, '| Throughput | 2,000 req/s | POC Plan |\n', '');
    expect(runDesignRule('missing-requirement', doc)).toEqual([
      expect.objectContaining({
        message: "The Requirements Summary has no 'Throughput' row",
        hint: 'add the row `| Throughput | 500 req/s | <source> |`, or `N/A` as its value when it does not apply',
      }),
    ]);
  });
});

describe('Component Design subsections under other names', () => {
  it('reads `Monitoring & Alerting` and `Model Serving / Deployment` as the subsections', () => {
    const doc = edit(
      edit(VALID_DESIGN, '### Monitoring', '### Monitoring & Alerting'),
      '### Model Serving',
      '### Model Serving / Deployment',
    );
    expect(allReports(doc)).toEqual({});
  });

  it('reports a missing subsection at the heading that stands for it, with a rename hint', () => {
    const doc = edit(VALID_DESIGN, '### Monitoring', '### Observability');
    expect(runDesignRule('missing-section', doc)).toEqual([
      expect.objectContaining({
        ...where(doc, '### Observability'),
        message: "Missing subsection 'Monitoring' in 'Component Design'",
        hint: "rename 'Observability' to 'Monitoring', if that is what it describes",
      }),
    ]);
  });
});

describe('placeholder', () => {
  it('names the row of a placeholder left in a table', () => {
    const doc = edit(VALID_DESIGN, '| Latency | p99 < 50 ms |', '| Latency | [X ms] |');
    expect(runDesignRule('placeholder', doc)).toEqual([
      expect.objectContaining({ section: 'Requirements Summary > Latency' }),
    ]);
  });
});

describe('short-table-row', () => {
  it('fires at a row with fewer cells than the header', () => {
    const doc = edit(VALID_DESIGN, INTEGRATION_ROW, '| Card authorisation | API |\n');
    expect(runDesignRule('short-table-row', doc)).toEqual([
      expect.objectContaining({
        ...where(doc, 'Card authorisation | API |'),
        message:
          'This row of the Integration Points table has 2 cells, its header 3 cells: the last one reads as empty',
        section: 'Integration Points > Card authorisation',
      }),
    ]);
  });

  it('passes rows with a cell for every column, empty ones included', () => {
    const doc = edit(VALID_DESIGN, INTEGRATION_ROW, '| Card authorisation | API | |\n');
    expect(runDesignRule('short-table-row', doc)).toEqual([]);
  });
});
