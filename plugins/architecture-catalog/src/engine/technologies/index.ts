import type { TechnologyRef } from '../types.js';
import type { TechnologyAlias } from './aliases.js';
import { BUILTIN_TECHNOLOGIES } from './aliases.js';
import { stripMarkdown } from './markdown.js';
import { mergeTechnologies } from './merge.js';
import type { Phrases } from './phrases.js';
import { buildPhrases } from './phrases.js';
import { productFamilies } from './families.js';
import { createSuggester } from './suggest.js';
import { cutParts, partText, refsIn } from './split.js';
import { scan } from './trie.js';
import { keyOf, tokenize } from './tokens.js';
import { uniqueBy } from '../unique-by.js';

export type { TechnologyAlias, TechnologyCategory } from './aliases.js';
export { BUILTIN_TECHNOLOGIES, TECHNOLOGY_CATEGORIES } from './aliases.js';

export interface TechnologyIndex {
  /** Every technology known: the built-ins merged with the extras. */
  readonly technologies: readonly TechnologyAlias[];
  /** The technology a text is exactly, after folding case, spacing and punctuation. */
  lookup(text: string): TechnologyAlias | undefined;
  /**
   * The technologies a table cell names, known or not, deduped, in order of appearance. What a
   * cell says in parentheses that names no known technology qualifies the one before it.
   */
  split(raw: string): TechnologyRef[];
  /** The product family of a canonical name (itself when it has none). */
  family(name: string): string;
  /** The known technology an unknown name most likely misspells (`Kafak`: Kafka), if any. */
  suggest(name: string): string | undefined;
  /** Canonical names of the known technologies mentioned anywhere in free text, in order. */
  mentions(text: string): string[];
}

/** Refs in order; a name seen again adds its qualifiers to the first. */
function mergeRepeats(refs: readonly TechnologyRef[]): TechnologyRef[] {
  const byName = new Map<string, TechnologyRef>();
  for (const ref of refs) {
    const key = ref.name.toLowerCase();
    const seen = byName.get(key);
    if (!seen) byName.set(key, ref);
    else for (const q of ref.qualifiers) if (!seen.qualifiers.includes(q)) seen.qualifiers.push(q);
  }
  return [...byName.values()];
}

function splitCell(phrases: Phrases, families: ReadonlyMap<string, string>, raw: string) {
  const text = stripMarkdown(raw);
  const tokens = tokenize(text);
  const refs: TechnologyRef[] = [];
  let owner: TechnologyRef | undefined;
  for (const part of cutParts(tokens, scan(phrases.root, tokens), text)) {
    const found = refsIn(part, text);
    if (part.depth > 0 && !found.some((ref) => ref.known)) {
      // `int8` in `TF Lite (int8)`: said of the technology before, not a technology.
      const qualifier = partText(part, text);
      if (owner && qualifier !== '') owner.qualifiers.push(qualifier);
      continue;
    }
    for (const ref of found) refs.push({ ...ref, family: families.get(ref.name) ?? ref.name });
    if (part.depth === 0 && found.length > 0) owner = refs.at(-1);
  }
  return mergeRepeats(refs);
}

function mentionsIn(phrases: Phrases, text: string): string[] {
  const matches = scan(phrases.root, tokenize(stripMarkdown(text)));
  const names = matches.flatMap((match) => (match.entry ? [match.entry.name] : []));
  return uniqueBy(names, (name) => name);
}

/** The alias table with optional user-config extras, which win over built-ins. */
export function createTechnologyIndex(extra: readonly TechnologyAlias[] = []): TechnologyIndex {
  const technologies = mergeTechnologies(BUILTIN_TECHNOLOGIES, extra);
  const phrases = buildPhrases(technologies, extra);
  const families = productFamilies(technologies);
  return {
    technologies,
    lookup: (text) => phrases.byKey.get(keyOf(stripMarkdown(text))),
    split: (raw) => splitCell(phrases, families, raw),
    family: (name) => families.get(name) ?? name,
    suggest: createSuggester(technologies),
    mentions: (text) => mentionsIn(phrases, text),
  };
}
