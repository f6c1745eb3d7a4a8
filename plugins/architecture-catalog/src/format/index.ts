import type { FormatName, Formatter } from './formatter.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatPretty } from './pretty.js';
import { formatSarif } from './sarif.js';

export const FORMATTERS: Readonly<Record<FormatName, Formatter>> = {
  pretty: formatPretty,
  json: formatJson,
  github: formatGithub,
  sarif: formatSarif,
  junit: formatJunit,
};

export { FORMAT_NAMES, isFormatName } from './formatter.js';
export type { FormatContext, FormatName, Formatter } from './formatter.js';
export { formatGithub, formatStepSummary } from './github.js';
export { formatJson, stableStringify } from './json.js';
export { formatJunit } from './junit.js';
export { formatPretty } from './pretty.js';
export { formatSarif, toSarif } from './sarif.js';
