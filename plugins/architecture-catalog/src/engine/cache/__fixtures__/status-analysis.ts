import type { StatusAnalysis } from '../parse-cache.js';

/** A status file's analysis that says only its use case's name. */
export function statusAnalysis(name: string): StatusAnalysis {
  return {
    kind: 'status',
    status: {
      name,
      phase: null,
      status: null,
      lastUpdated: null,
      operator: null,
      handoffDate: null,
      nextAction: null,
    },
  };
}
