import { patternSectionField } from './pattern-field.js';
import { defineRule, type Report } from './rule.js';

const ONE_SECOND_MS = 1000;
const ONE_HOUR_MS = 3_600_000;
const FIFTEEN_MINUTES_S = 900;

export const patternRequirementMismatch = defineRule({
  id: 'pattern-requirement-mismatch',
  scope: 'design',
  defaultSetting: 'warn',
  description:
    'The pattern contradicts the requirements: Batch Prediction alone with latency at or under 1 s or freshness under 15 min; Real-Time Serving or Streaming with latency over 1 hour.',
  help: 'Check the pattern against the Requirements Summary: a sub-second or fresh requirement needs serving or streaming; an hours-long latency fits batch.',
  reportsWhen:
    'Batch Prediction alone with latency at or under 1 s or freshness under 15 min; Real-Time Serving or Streaming with latency over 1 hour',
  reportedAt: 'the value of the `**Pattern:**` field',
  check: ({ document, design }) => {
    const field = patternSectionField(document, 'Pattern');
    if (!field) return [];
    const { latencyMs, freshnessSeconds } = design.requirements;
    const patterns = new Set(design.patterns);
    const anchor = { ...field.valuePoint, section: 'Architecture Pattern Selected > Pattern' };
    const reports: Report[] = [];
    if (patterns.size === 1 && patterns.has('Batch Prediction')) {
      if (latencyMs !== null && latencyMs <= ONE_SECOND_MS) {
        reports.push({
          ...anchor,
          message: `Batch Prediction alone cannot meet a latency of ${latencyMs} ms`,
          hint: 'consider Real-Time Serving, or a hybrid',
        });
      }
      if (freshnessSeconds !== null && freshnessSeconds < FIFTEEN_MINUTES_S) {
        reports.push({
          ...anchor,
          message: `Batch Prediction alone cannot meet a data freshness of ${freshnessSeconds} s`,
          hint: 'consider Streaming, or a hybrid',
        });
      }
    }
    const online = design.patterns.filter(
      (pattern) => pattern === 'Real-Time Serving' || pattern === 'Streaming',
    );
    if (online.length > 0 && latencyMs !== null && latencyMs > ONE_HOUR_MS) {
      reports.push({
        ...anchor,
        message: `${online.join(' + ')} with a latency over one hour (${latencyMs} ms)`,
        hint: 'Batch Prediction may fit better',
      });
    }
    return reports;
  },
});
