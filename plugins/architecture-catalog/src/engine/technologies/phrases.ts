import type { TechnologyAlias } from './aliases.js';
import { extraSpellings, namesOf } from './merge.js';
import type { Entry, TrieNode } from './trie.js';
import { createNode, insert } from './trie.js';
import { keyOf } from './tokens.js';

/**
 * Phrases that contain an alias or a separator but name no technology. Matching them keeps
 * `Lambda architecture` from reading as AWS Lambda and `CI/CD` from splitting in two.
 */
const NOT_TECHNOLOGIES = [
  'CI/CD',
  'A/B',
  'A/B test',
  'A/B tests',
  'A/B testing',
  'R&D',
  'Q&A',
  'P&L',
  'I/O',
  'read/write',
  'request/response',
  'batch/stream',
  'batch/streaming',
  'Lambda architecture',
  'Kappa architecture',
  'Monte Carlo simulation',
  'Monte Carlo simulations',
  'Monte Carlo dropout',
  'Monte Carlo sampling',
  'Monte Carlo method',
  'Monte Carlo methods',
  'x-ray',
];

export interface Phrases {
  root: TrieNode;
  /** Folded spelling (see keyOf) to technology. */
  byKey: Map<string, TechnologyAlias>;
}

/** Every spelling to match; later spellings win, so the extras' own spellings come last. */
export function buildPhrases(
  technologies: readonly TechnologyAlias[],
  extras: readonly TechnologyAlias[],
): Phrases {
  const phrases: Phrases = { root: createNode(), byKey: new Map() };
  const add = (name: string, entry: Entry) => {
    insert(phrases.root, name, entry);
    if (entry) phrases.byKey.set(keyOf(name), entry);
    else phrases.byKey.delete(keyOf(name));
  };
  for (const phrase of NOT_TECHNOLOGIES) add(phrase, null);
  for (const technology of technologies)
    for (const name of namesOf(technology)) add(name, technology);
  for (const [name, technology] of extraSpellings(technologies, extras)) add(name, technology);
  return phrases;
}
