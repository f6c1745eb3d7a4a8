import type { DiffFormatName, DiffFormatter } from './formatter.js';
import { formatDiffGithub } from './github.js';
import { formatDiffJson } from './json.js';
import { formatDiffMarkdown } from './markdown.js';
import { formatDiffPretty } from './pretty.js';

export { DIFF_FORMAT_NAMES } from './formatter.js';
export type { DiffContext, DiffFormatName, DiffFormatter } from './formatter.js';

export const DIFF_FORMATTERS: Record<DiffFormatName, DiffFormatter> = {
  pretty: formatDiffPretty,
  markdown: formatDiffMarkdown,
  json: formatDiffJson,
  github: formatDiffGithub,
};
