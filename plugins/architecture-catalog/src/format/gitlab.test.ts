import { describe, expect, it } from 'vitest';
import { DIAGNOSTICS, makeContext, makeModel } from './__fixtures__/model.js';
import { formatGitlab } from './gitlab.js';

/** What GitLab requires of each Code Quality issue (its docs' "Code Quality report format"). */
const SEVERITIES = ['info', 'minor', 'major', 'critical', 'blocker'];

describe('formatGitlab', () => {
  const issues = JSON.parse(formatGitlab(makeModel(), makeContext())) as Record<string, unknown>[];

  it('gives one issue per problem with every field GitLab requires', () => {
    expect(issues).toHaveLength(DIAGNOSTICS.length);
    for (const issue of issues) {
      expect(typeof issue.description).toBe('string');
      expect(typeof issue.check_name).toBe('string');
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{32}$/);
      expect(SEVERITIES).toContain(issue.severity);
      const location = issue.location as { path: string; lines: { begin: number } };
      expect(location.path).not.toMatch(/^\//);
      expect(Number.isInteger(location.lines.begin)).toBe(true);
    }
  });

  it('maps errors to major and warnings to minor, paths relative to the working directory', () => {
    expect(issues[0]).toMatchObject({
      check_name: DIAGNOSTICS[0]!.ruleId,
      severity: DIAGNOSTICS[0]!.severity === 'error' ? 'major' : 'minor',
      location: { lines: { begin: DIAGNOSTICS[0]!.line } },
    });
    expect((issues[0]!.location as { path: string }).path).toMatch(/^docs\//);
  });

  it('keeps every fingerprint unique, even for problems alike in all but place', () => {
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length);
  });
});
