import type { ParseStats } from '../engine/analyse-document.js';
import type { RenderCounts } from '../views/render-cache.js';

/** Names the parsed documents only when they are few, as after an edit. */
const MAX_NAMED = 3;

/**
 * One line per load in the dev server, e.g.
 * `[arch-catalog] re-parsed 1 of 42 documents: UC-001_X/02_Architecture/Architecture_Design.md`.
 */
export function parseLogLine(stats: ParseStats, reload: boolean): string {
  const count = stats.parsed.length;
  const total = count + stats.reused;
  const named = count > 0 && count <= MAX_NAMED ? `: ${stats.parsed.join(', ')}` : '';
  return `[arch-catalog] ${reload ? 're-parsed' : 'parsed'} ${count} of ${total} documents${named}\n`;
}

/** One line per load in the dev server, e.g. `[arch-catalog] rendered 1 of 42 documents`. */
export function renderLogLine({ rendered, reused }: RenderCounts): string {
  return `[arch-catalog] rendered ${rendered} of ${rendered + reused} documents\n`;
}
