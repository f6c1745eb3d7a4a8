import { describe, expect, it } from 'vitest';
import { readStatus } from './status.js';

describe('readStatus', () => {
  it('reads the Quick Info table and the bold-label lines', () => {
    const status = readStatus(
      [
        '# Implementation Status: Fraud Detection',
        '',
        '## Quick Info',
        '| Field | Value |',
        '|-------|-------|',
        '| Use Case ID | UC-003 |',
        '| **Name** | Fraud `Detection` |',
        '| Current Phase | Deployment |',
        '| DS-01 Handoff Date | 2026-09-14 |',
        '| AE-01 Operator | **Lukas Meier** |',
        '| Last Updated | 2026-11-05 |',
        '',
        '## Current Status',
        '**Phase:** Deployment',
        '**Status**: Blocked (waiting on security review)',
        '**Next Action:** Get the `p99` target confirmed',
      ].join('\r\n'),
    );
    expect(status).toEqual({
      name: 'Fraud Detection',
      phase: 'Deployment',
      status: 'Blocked',
      lastUpdated: '2026-11-05',
      operator: 'Lukas Meier',
      handoffDate: '2026-09-14',
      nextAction: 'Get the p99 target confirmed',
    });
  });

  it('falls back to the heading and the Phase line, and reads unfilled template values as null', () => {
    const status = readStatus(
      [
        '# Implementation Status: Churn',
        '| Field | Value |',
        '|---|---|',
        '| Name | [Project Name] |',
        '| Current Phase | Handoff / Architecture / Implementation |',
        '',
        '| AE-01 Operator | [Name] |',
        '| DS-01 Handoff Date | [YYYY-MM-DD] |',
        '',
        '- **Phase:** Architecture',
        '- **Status:** In Progress / Blocked / On Hold / Complete',
        '- **Next Action:** [What happens next]',
      ].join('\n'),
    );
    expect(status).toEqual({
      name: 'Churn',
      phase: 'Architecture',
      status: null,
      lastUpdated: null,
      operator: null,
      handoffDate: null,
      nextAction: null,
    });
  });

  it('ignores look-alikes inside code fences and front matter', () => {
    const status = readStatus(
      '---\ntitle: x\n---\n```\n**Phase:** Operations\n```\n**Phase:** Handoff\n',
    );
    expect(status.phase).toBe('Handoff');
  });
});
