import { readFileSync } from 'node:fs';
import { DEFAULT_PATTERNS } from '../../config/config.js';
import { buildDesign } from '../../model/design.js';
import { parseDesignDocument } from '../../parse/design-document.js';
import { radarIndex, type RadarEntry } from '../../radar/radar.js';
import { createTechnologyIndex } from '../../technologies/index.js';
import { RULES, type Report, type RuleId } from '../index.js';

export const VALID_DESIGN = readFileSync(new URL('./valid.md', import.meta.url), 'utf8');
export const DESIGN_FILE = 'UC-003_Fraud_Detection/02_Architecture/Architecture_Design.md';

/** Runs one design rule over a document, through the real parser and model builder. */
export function runDesignRule(
  id: RuleId,
  markdown: string,
  patterns: readonly string[] = DEFAULT_PATTERNS,
  radar: readonly RadarEntry[] = [],
): Report[] {
  const rule = RULES.find((candidate) => candidate.id === id);
  if (rule?.scope !== 'design') throw new Error(`${id} is not a design rule`);
  const document = parseDesignDocument(DESIGN_FILE, markdown);
  const technologies = createTechnologyIndex();
  const design = buildDesign(document, { technologies, patterns });
  return rule.check({
    document,
    design,
    knownPatterns: patterns,
    technologies,
    radar: radarIndex(radar),
  });
}

/** Replaces exactly one occurrence, so a fixture edit that stops matching fails loudly. */
export function edit(markdown: string, from: string, to: string): string {
  const at = markdown.indexOf(from);
  if (at === -1 || markdown.indexOf(from, at + 1) !== -1)
    throw new Error(`edit: '${from}' must occur exactly once`);
  return markdown.slice(0, at) + to + markdown.slice(at + from.length);
}

/** Where the `nth` occurrence of `text` starts in `markdown` (1-based line and column). */
export function where(markdown: string, text: string, nth = 1): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i < nth; i += 1) {
    at = markdown.indexOf(text, at + 1);
    if (at === -1) throw new Error(`where: '${text}' does not occur ${nth} time(s)`);
  }
  const before = markdown.slice(0, at).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** The last line of `markdown` (the empty one after a final newline counts). */
export function lastLine(markdown: string): number {
  return markdown.split('\n').length;
}
