import type { RadarPolicy, RadarUsage } from '../../engine/radar/usage.js';

export const RADAR_FORMAT_NAMES = ['json', 'csv', 'backstage'] as const;
export type RadarFormatName = (typeof RADAR_FORMAT_NAMES)[number];

export interface RadarFormatOptions {
  /** The day of a ring taken with no `since`, `YYYY-MM-DD` (Backstage dates every ring). */
  asOf: string;
  /** Entries whose `since` is on or after this day are new (`isNew` in CSV); null: none is. */
  newSince: string | null;
}

/** The radar and what the designs chose, as one text. */
export type RadarFormatter = (
  usage: RadarUsage,
  policy: RadarPolicy,
  options: RadarFormatOptions,
) => string;
