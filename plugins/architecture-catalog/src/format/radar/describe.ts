import type { RadarEntryUsage } from '../../engine/radar/usage.js';
import { plural } from '../../views/words.js';

/** An entry in sentences: its reason, its replacement, who chose it. */
export function describeEntry({ entry, useCases }: RadarEntryUsage): string {
  const sentences = [
    ...(entry.reason ? [/[.!?]$/.test(entry.reason) ? entry.reason : `${entry.reason}.`] : []),
    ...(entry.replacedBy ? [`Instead: ${entry.replacedBy}.`] : []),
    useCases.length === 0
      ? 'Chosen by no use case.'
      : `Chosen by ${plural(useCases.length, 'use case')}: ${useCases.map((u) => u.id).join(', ')}.`,
  ];
  return sentences.join(' ');
}
