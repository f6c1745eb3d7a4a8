import type { Design } from '../types.js';
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
    const found = mismatches(design);
    const field = found.length > 0 ? patternSectionField(document, 'Pattern') : undefined;
    if (!field) return [];
    const anchor = { ...field.valuePoint, section: 'Architecture Pattern Selected > Pattern' };
    return found.map((mismatch) => ({ ...anchor, ...mismatch }));
  },
});

/** Where the design's patterns cannot meet its latency or freshness. */
function mismatches({ patterns, requirements }: Design): Pick<Report, 'message' | 'hint'>[] {
  const { latencyMs, freshnessSeconds } = requirements;
  const found: Pick<Report, 'message' | 'hint'>[] = [];
  const unique = new Set(patterns);
  if (unique.size === 1 && unique.has('Batch Prediction')) {
    if (latencyMs !== null && latencyMs <= ONE_SECOND_MS) {
      found.push({
        message: `Batch Prediction alone cannot meet a latency of ${latencyMs} ms`,
        hint: 'consider Real-Time Serving, or a hybrid',
      });
    }
    if (freshnessSeconds !== null && freshnessSeconds < FIFTEEN_MINUTES_S) {
      found.push({
        message: `Batch Prediction alone cannot meet a data freshness of ${freshnessSeconds} s`,
        hint: 'consider Streaming, or a hybrid',
      });
    }
  }
  const online = patterns.filter(
    (pattern) => pattern === 'Real-Time Serving' || pattern === 'Streaming',
  );
  if (online.length > 0 && latencyMs !== null && latencyMs > ONE_HOUR_MS) {
    found.push({
      message: `${online.join(' + ')} with a latency over one hour (${latencyMs} ms)`,
      hint: 'Batch Prediction may fit better',
    });
  }
  return found;
}
