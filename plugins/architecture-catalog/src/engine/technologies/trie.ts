import type { TechnologyAlias } from './aliases.js';
import type { Token } from './tokens.js';
import { keyTokens } from './tokens.js';

/** What a phrase stands for: a technology, or null for a phrase that names none (`CI/CD`). */
export type Entry = TechnologyAlias | null;

export interface TrieNode {
  children: Map<string, TrieNode>;
  entry?: Entry;
}

export interface Match {
  /** Token indexes, end exclusive. */
  first: number;
  end: number;
  entry: Entry;
}

export function createNode(): TrieNode {
  return { children: new Map() };
}

/** Adds a phrase; a later phrase with the same key replaces the earlier one. */
export function insert(root: TrieNode, phrase: string, entry: Entry): void {
  const path = keyTokens(phrase);
  if (path.length === 0) return;
  let node = root;
  for (const step of path) {
    const next = node.children.get(step) ?? createNode();
    node.children.set(step, next);
    node = next;
  }
  node.entry = entry;
}

function longestAt(root: TrieNode, tokens: readonly Token[], first: number): Match | undefined {
  let node: TrieNode | undefined = root;
  let best: Match | undefined;
  for (let i = first; node && i < tokens.length; i += 1) {
    node = node.children.get(tokens[i]?.text ?? '');
    if (node?.entry !== undefined) best = { first, end: i + 1, entry: node.entry };
  }
  return best;
}

/** Leftmost-longest, non-overlapping phrase matches; linear in tokens times the longest phrase. */
export function scan(root: TrieNode, tokens: readonly Token[]): Match[] {
  const matches: Match[] = [];
  for (let i = 0; i < tokens.length;) {
    const match = longestAt(root, tokens, i);
    if (match) matches.push(match);
    i = match ? match.end : i + 1;
  }
  return matches;
}
