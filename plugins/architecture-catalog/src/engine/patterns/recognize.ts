import type { PatternDefinition } from './builtin.js';
import { BUILTIN_PATTERNS } from './builtin.js';
import { uniqueBy } from '../unique-by.js';

export interface RecognizedPatterns {
  /** Known names as the config spells them, deduped, in order. */
  patterns: string[];
  /** Parts that match no known pattern, cleaned, deduped, in order. */
  unknown: string[];
}

/** Case, spaces, hyphens and punctuation folded away: `Real-time serving` -> `realtimeserving`. */
function compact(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function withoutParentheticals(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth += 1;
    else if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

const TRAILING = new Set([' ', '.', ':', ';', '!', '?', ',', '-', '*', '_', '"', "'"]);

/** Trailing punctuation, by hand: a `[.:]+$` regex is quadratic on long punctuation runs. */
function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.has(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end).trim();
}

const PATTERN_PREFIX = /^pattern\b ?#?(\d*) ?[:.\-–—]? ?/i;

interface Part {
  text: string;
  /** The seed number from a `Pattern N` prefix, if any. */
  number: number | undefined;
}

function cleanPart(raw: string): Part {
  const text = raw.trim();
  const prefix = PATTERN_PREFIX.exec(text);
  const digits = prefix?.[1];
  const rest = prefix ? text.slice(prefix[0].length) : text;
  const name = trimEnd(rest.replace(/ pattern$/i, ''));
  return { text: name, number: digits ? Number(digits) : undefined };
}

const JOINS = / and | with |[+&/,;|]/i;

/** The field text cut into the names it joins: `Batch + Real-Time`, `A and B`, `A/B`, `A with B`. */
function splitField(raw: string): Part[] {
  const text = withoutParentheticals(raw.replace(/[*`]+/g, '')).replace(/\s+/g, ' ');
  return text
    .split(JOINS)
    .map(cleanPart)
    .filter((part) => part.text !== '' || part.number !== undefined);
}

function builtinFor(name: string): PatternDefinition | undefined {
  return BUILTIN_PATTERNS.find((pattern) => compact(pattern.name) === compact(name));
}

/** The built-in pattern a name spells, by its name or one of its aliases. */
export function builtinSpelledAs(name: string): PatternDefinition | undefined {
  const key = compact(name);
  return BUILTIN_PATTERNS.find(
    (pattern) => compact(pattern.name) === key || pattern.aliases.some((a) => compact(a) === key),
  );
}

/** Why a pattern name could never be read back from a `**Pattern:**` field, if it could not. */
export function unmatchableBecause(name: string): string | undefined {
  const join = JOINS.exec(name);
  if (join) return `a Pattern field is cut at '${join[0].trim()}'`;
  const parts = splitField(name);
  const read = parts.length === 1 ? parts[0]?.text : undefined;
  if (read !== undefined && compact(read) === compact(name)) return undefined;
  return `a Pattern field reads it as '${parts.map((part) => part.text).join("', '")}'`;
}

/** Folded spelling to the known name it stands for; built-in aliases only for names still known. */
function spellings(known: readonly string[]): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const name of known) {
    for (const alias of builtinFor(name)?.aliases ?? []) byKey.set(compact(alias), name);
  }
  for (const name of known) byKey.set(compact(name), name);
  return byKey;
}

function byNumber(number: number | undefined, known: readonly string[]): string | undefined {
  const builtin = BUILTIN_PATTERNS.find((pattern) => pattern.number === number);
  return builtin ? known.find((name) => compact(name) === compact(builtin.name)) : undefined;
}

/** Reads a `**Pattern:**` field into the known patterns it names and the parts it cannot place. */
export function recognizePatterns(raw: string, known: readonly string[]): RecognizedPatterns {
  const byKey = spellings(known);
  const patterns: string[] = [];
  const unknown: string[] = [];
  for (const part of splitField(raw)) {
    // `Pattern 2: Realtime API` still names pattern 2.
    const name = byKey.get(compact(part.text)) ?? byNumber(part.number, known);
    if (name !== undefined) patterns.push(name);
    else if (compact(part.text) !== '') unknown.push(part.text);
  }
  return {
    patterns: uniqueBy(patterns, (name) => name),
    unknown: uniqueBy(unknown, (text) => text.toLowerCase()),
  };
}
