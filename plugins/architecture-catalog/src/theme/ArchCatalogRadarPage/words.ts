import type { RadarRing } from '../../engine/radar/radar.js';
import { plural } from '../../views/words.js';

const RING_LABELS: Record<RadarRing, string> = {
  adopt: 'Adopt',
  trial: 'Trial',
  assess: 'Assess',
  hold: 'Hold',
};

export function ringLabel(ring: RadarRing): string {
  return RING_LABELS[ring];
}

/** `chosen by 3 use cases`, `chosen by no use case`. */
export function chosenBy(count: number): string {
  return count === 0 ? 'chosen by no use case' : `chosen by ${plural(count, 'use case')}`;
}
