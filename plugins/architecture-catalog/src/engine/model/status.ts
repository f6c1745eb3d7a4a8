import { readFrontMatter } from '../parse/front-matter.js';
import { nameKey } from '../parse/names.js';
import { PHASES, type Phase } from '../types.js';

export interface StatusInfo {
  name: string | null;
  phase: Phase | null;
  status: string | null;
  lastUpdated: string | null;
  /** Who runs the use case's architecture work (`AE-01 Operator`). */
  operator: string | null;
  /** When DS-01 handed the use case over (`DS-01 Handoff Date`). */
  handoffDate: string | null;
  /** What happens next (`**Next Action:**`). */
  nextAction: string | null;
}

const STATUSES = ['In Progress', 'Blocked', 'On Hold', 'Complete'];

/**
 * What `00_Status.md` says about its use case. Unfilled template values
 * read as null. The status file's shape is small and fixed (a Field | Value
 * table, bold-label lines, an H1), so it is read line by line rather than
 * through the full markdown parser: a tenth of the cost, per workspace.
 */
export function readStatus(text: string): StatusInfo {
  const lines = contentLines(readFrontMatter(text).body);
  const quickInfo = quickInfoFields(lines);
  return {
    name: cleanValue(quickInfo.get('name')) ?? nameFromHeading(lines),
    phase: toPhase(quickInfo.get('current phase')) ?? toPhase(boldField(lines, 'phase')),
    status: toStatus(boldField(lines, 'status')) ?? toStatus(quickInfo.get('status')),
    lastUpdated: cleanValue(quickInfo.get('last updated')),
    operator: cleanValue(quickInfo.get('ae 01 operator') ?? quickInfo.get('operator')),
    handoffDate: cleanValue(quickInfo.get('ds 01 handoff date') ?? quickInfo.get('handoff date')),
    nextAction: cleanValue(boldField(lines, 'next action')),
  };
}

/** Lines outside fenced code blocks. */
function contentLines(text: string): string[] {
  const lines: string[] = [];
  let fence: string | undefined;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined && marker) fence = marker;
    else if (
      fence !== undefined &&
      marker &&
      marker[0] === fence[0] &&
      marker.length >= fence.length
    )
      fence = undefined;
    else if (fence === undefined) lines.push(line);
  }
  return lines;
}

/** Rows of every `| Field | Value |` table, first occurrence of each field kept. */
function quickInfoFields(lines: string[]): Map<string, string> {
  const fields = new Map<string, string>();
  let inFieldTable = false;
  for (const line of lines) {
    if (!/^\s*\|/.test(line)) {
      inFieldTable = false;
      continue;
    }
    const cells = tableCells(line);
    if (!inFieldTable) {
      inFieldTable = nameKey(cells[0] ?? '') === 'field';
      continue;
    }
    const key = nameKey(cells[0] ?? '');
    if (key !== '' && !/^:?-+:?$/.test(cells[0] ?? '') && !fields.has(key))
      fields.set(key, cells[1] ?? '');
  }
  return fields;
}

function tableCells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => stripInline(cell.replace(/\\\|/g, '|')));
}

// The label is matched greedily and trimmed after: a lazy label followed by
// `\s*` retried every split of a run of spaces (quadratic on a long line).
const BOLD_FIELD = /^\s*(?:[-*+]\s+)?(?:\*\*|__)([^*_:]+)(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:)(.*)$/;

function boldField(lines: string[], label: string): string | undefined {
  for (const line of lines) {
    const match = BOLD_FIELD.exec(line);
    if (match && nameKey(match[1] ?? '') === label) return stripInline(match[2] ?? '');
  }
  return undefined;
}

const STATUS_HEADING = /^ {0,3}#[ \t]+implementation status[ \t]*:/i;

function nameFromHeading(lines: string[]): string | null {
  const heading = lines.find((line) => /^ {0,3}#(?!#)\s/.test(line)) ?? '';
  const prefix = STATUS_HEADING.exec(heading)?.[0];
  if (prefix === undefined) return null;
  return cleanValue(stripInline(withoutClosingHashes(heading.slice(prefix.length))));
}

/**
 * A heading's text without its closing `#`s and the spaces around them, by
 * a scan from the end: the regular expression it replaces (`(.+?)\s*#*\s*$`)
 * took cubic time on a title with a long run of spaces.
 */
function withoutClosingHashes(text: string): string {
  const trimmed = text.trimEnd();
  let end = trimmed.length;
  while (end > 0 && trimmed[end - 1] === '#') end -= 1;
  return (end === trimmed.length ? trimmed : trimmed.slice(0, end)).trim();
}

/** Emphasis, code and link markup removed; whitespace collapsed. */
function stripInline(text: string): string {
  return (
    text
      // Bracket and parenthesis runs stop at the next opener, so each character is looked at once.
      .replace(/\[([^[\]]*)\]\([^()]*\)/g, '$1')
      .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Null for empty, placeholder (`[Project Name]`, `TBD`) and menu (`A / B / C`) values. */
function cleanValue(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '' || /^\[.*\]$/.test(trimmed) || /^(tbd|todo|n\/?a|-|—)$/i.test(trimmed))
    return null;
  return trimmed;
}

function toPhase(value: string | undefined): Phase | null {
  const cleaned = cleanValue(value);
  if (cleaned === null) return null;
  const named = PHASES.filter((phase) => new RegExp(`\\b${phase}\\b`, 'i').test(cleaned));
  return named.length === 1 ? named[0]! : null;
}

function toStatus(value: string | undefined): string | null {
  const cleaned = cleanValue(value);
  if (cleaned === null) return null;
  const named = STATUSES.filter((status) => cleaned.toLowerCase().includes(status.toLowerCase()));
  if (named.length > 1) return null;
  return named[0] ?? cleaned;
}
