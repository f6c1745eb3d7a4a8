import { describe, expect, it } from 'vitest';
import { edit, runDesignRule, VALID_DESIGN } from './__fixtures__/harness.js';
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

// One problem, one report: the rules of a design do not report the same fault twice.
describe('all design rules together', () => {
  it.each([
    ['a required table without rows', [[INTEGRATION_ROW, '']], { 'table-columns': 1 }],
    [
      'a required table deleted with its header, leaving the section empty',
      [
        [
          `| System | Integration Type | Notes |\n|--------|------------------|-------|\n${INTEGRATION_ROW}`,
          '',
        ],
      ],
      { 'empty-section': 1 },
    ],
    [
      'Component Design subsections under other names',
      [
        ['### Monitoring', '### Monitoring & Alerting'],
        ['### Model Serving', '### Model Serving / Deployment'],
      ],
      {},
    ],
  ] as const)('%s: %j', (_name, edits, reports) => {
    const doc = edits.reduce<string>((text, [from, to]) => edit(text, from, to), VALID_DESIGN);
    expect(allReports(doc)).toEqual(reports);
  });
});
