import type { TechnologyRef } from '../types.js';
import type { TechnologyAlias } from './aliases.js';
import { BUILTIN_TECHNOLOGIES } from './aliases.js';
import { stripMarkdown } from './markdown.js';
import { mergeTechnologies } from './merge.js';
import type { Phrases } from './phrases.js';
import { buildPhrases } from './phrases.js';
import { cutParts, refsIn } from './split.js';
import { scan } from './trie.js';
import { keyOf, tokenize } from './tokens.js';

export type { TechnologyAlias, TechnologyCategory } from './aliases.js';
export { BUILTIN_TECHNOLOGIES, TECHNOLOGY_CATEGORIES } from './aliases.js';

export interface TechnologyIndex {
  /** Every technology known: the built-ins merged with the extras. */
  readonly technologies: readonly TechnologyAlias[];
  /** The technology a text is exactly, after folding case, spacing and punctuation. */
  lookup(text: string): TechnologyAlias | undefined;
  /** The technologies a table cell names, known or not, deduped, in order of appearance. */
  split(raw: string): TechnologyRef[];
  /** Canonical names of the known technologies mentioned anywhere in free text, in order. */
  mentions(text: string): string[];
}

function dedupe<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function splitCell(phrases: Phrases, raw: string): TechnologyRef[] {
  const text = stripMarkdown(raw);
  const tokens = tokenize(text);
  const parts = cutParts(tokens, scan(phrases.root, tokens), text);
  const refs = parts.flatMap((part) => refsIn(part, text));
  return dedupe(refs, (ref) => ref.name.toLowerCase());
}

function mentionsIn(phrases: Phrases, text: string): string[] {
  const matches = scan(phrases.root, tokenize(stripMarkdown(text)));
  const names = matches.flatMap((match) => (match.entry ? [match.entry.name] : []));
  return dedupe(names, (name) => name);
}

/** The alias table with optional user-config extras, which win over built-ins. */
export function createTechnologyIndex(extra: readonly TechnologyAlias[] = []): TechnologyIndex {
  const technologies = mergeTechnologies(BUILTIN_TECHNOLOGIES, extra);
  const phrases = buildPhrases(technologies, extra);
  return {
    technologies,
    lookup: (text) => phrases.byKey.get(keyOf(stripMarkdown(text))),
    split: (raw) => splitCell(phrases, raw),
    mentions: (text) => mentionsIn(phrases, text),
  };
}
