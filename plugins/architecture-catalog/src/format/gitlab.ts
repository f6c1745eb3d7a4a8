import { createHash } from 'node:crypto';
import { fingerprint } from '../engine/report/fingerprint.js';
import type { CatalogModel } from '../engine/types.js';
import type { FormatContext, Formatter } from './formatter.js';
import { displayPath, messageWithHint } from './shared.js';

/** One issue of GitLab's Code Quality report (a subset of the Code Climate spec). */
interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'major' | 'minor';
  location: { path: string; lines: { begin: number } };
}

/**
 * GitLab's Code Quality report: a JSON array of issues, each with the rule as
 * `check_name`, an error as `major` and a warning as `minor`, and a
 * fingerprint that survives unrelated line moves (the SARIF one, hashed to
 * the MD5 length GitLab shows).
 */
export const formatGitlab: Formatter = (model: CatalogModel, ctx: FormatContext): string => {
  const issues: CodeQualityIssue[] = fingerprint(model.diagnostics).map(([diagnostic, key]) => ({
    description: messageWithHint(diagnostic),
    check_name: diagnostic.ruleId,
    fingerprint: createHash('md5').update(key).digest('hex'),
    severity: diagnostic.severity === 'error' ? 'major' : 'minor',
    location: { path: displayPath(diagnostic.file, ctx), lines: { begin: diagnostic.line } },
  }));
  return `${JSON.stringify(issues, null, 2)}\n`;
};
