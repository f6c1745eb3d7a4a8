import { radarBackstage } from './backstage.js';
import { radarCsv } from './csv.js';
import type { RadarFormatName, RadarFormatter } from './formatter.js';
import { radarJson } from './json.js';

export { RADAR_FORMAT_NAMES } from './formatter.js';
export type { RadarFormatName, RadarFormatOptions, RadarFormatter } from './formatter.js';

export const RADAR_FORMATTERS: Record<RadarFormatName, RadarFormatter> = {
  json: radarJson,
  csv: radarCsv,
  backstage: radarBackstage,
};
