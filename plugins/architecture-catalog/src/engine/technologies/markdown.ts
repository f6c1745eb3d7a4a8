// Linear patterns only: each negated class excludes its own opening delimiter.
const REPLACEMENTS: readonly (readonly [RegExp, string])[] = [
  [/!?\[([^[\]]*)\]\([^()]*\)/g, '$1'],
  [/<https?:[^<>\s]*>/gi, ' '],
  [/https?:\/\/[^\s<>()]*/gi, ' '],
  [/<br\s*\/?>/gi, '\n'],
  [/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi, ' '],
  [/&nbsp;/gi, ' '],
  [/&amp;/gi, '&'],
  [/[*`]+|~~|__/g, ''],
];

/** Cell text without links, inline HTML or emphasis markers, positions otherwise kept readable. */
export function stripMarkdown(raw: string): string {
  return REPLACEMENTS.reduce((text, [re, by]) => text.replace(re, by), raw);
}
