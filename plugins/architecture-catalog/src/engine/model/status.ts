import type { Heading } from 'mdast';
import { findField } from '../parse/fields.js';
import { readFrontMatter } from '../parse/front-matter.js';
import { parseMarkdown } from '../parse/markdown.js';
import { nameKey } from '../parse/names.js';
import { tablesIn, toTableView } from '../parse/tables.js';
import { plainText } from '../parse/text.js';
import { PHASES, type Phase } from '../types.js';

export interface StatusInfo {
  name: string | null;
  phase: Phase | null;
  status: string | null;
  lastUpdated: string | null;
}

const STATUSES = ['In Progress', 'Blocked', 'On Hold', 'Complete'];

/** What `00_Status.md` says about its use case. Unfilled template values read as null. */
export function readStatus(text: string): StatusInfo {
  const root = parseMarkdown(readFrontMatter(text).body);
  const quickInfo = quickInfoFields(root.children);
  const phaseLine = findField(root.children, 'Phase')?.value;
  const statusLine = findField(root.children, 'Status')?.value;
  return {
    name: cleanValue(quickInfo.get('name')) ?? nameFromHeading(root.children),
    phase: toPhase(quickInfo.get('current phase')) ?? toPhase(phaseLine),
    status: toStatus(statusLine) ?? toStatus(quickInfo.get('status')),
    lastUpdated: cleanValue(quickInfo.get('last updated')),
  };
}

function quickInfoFields(nodes: Parameters<typeof tablesIn>[0]): Map<string, string> {
  const fields = new Map<string, string>();
  for (const table of tablesIn(nodes)) {
    const view = toTableView(table);
    if (nameKey(view.header[0]?.text ?? '') !== 'field') continue;
    for (const row of view.rows) {
      const key = nameKey(row[0]?.text ?? '');
      if (key !== '' && !fields.has(key)) fields.set(key, row[1]?.text ?? '');
    }
  }
  return fields;
}

function nameFromHeading(nodes: Parameters<typeof tablesIn>[0]): string | null {
  const heading = nodes.find(
    (node): node is Heading => node.type === 'heading' && node.depth === 1,
  );
  const match = /^implementation status\s*:\s*(.+)$/i.exec(plainText(heading));
  return cleanValue(match?.[1]);
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
