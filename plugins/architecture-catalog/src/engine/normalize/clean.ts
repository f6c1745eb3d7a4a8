// Every pattern here is linear: negated classes exclude their own opening delimiter.
const REPLACEMENTS: readonly (readonly [RegExp, string])[] = [
  [/!?\[([^[\]]*)\]\([^()]*\)/g, '$1'],
  [/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi, ' '],
  [/&nbsp;/gi, ' '],
  [/&lt;/gi, '<'],
  [/&gt;/gi, '>'],
  [/&amp;/gi, '&'],
  [/[*`]+|~~|__/g, ''],
  [/[≤⩽]/g, '<='],
  [/[≥⩾]/g, '>='],
  [/[‐‑‒–—―−]/g, '-'],
  // Micro as the micro sign, Greek mu, or either upper-cased (`500 ΜS`).
  [/[µμΜ]/g, 'u'],
  // `2,140 × 48`: a product, read as the word `x`.
  [/×/g, ' x '],
  [/\s+/g, ' '],
];

/** Lower-cased text without markdown, with unicode look-alikes folded to ASCII. */
export function cleanText(raw: string): string {
  return REPLACEMENTS.reduce((text, [re, by]) => text.replace(re, by), raw)
    .toLowerCase()
    .trim();
}

const EXACT_NONE = new Set([
  '',
  'na',
  'n/a',
  'n.a',
  'n.a.',
  'none',
  'nil',
  'null',
  'no',
  'not applicable',
  'not required',
  'not needed',
  'no requirement',
]);
const NONE_PREFIXES = ['n/a', 'n.a.', 'not applicable', 'not required', 'no requirement', 'none'];

function withoutParentheticals(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out.trim();
}

function startsWithMarker(text: string, marker: string): boolean {
  const next = text.charAt(marker.length);
  return text.startsWith(marker) && !/[a-z0-9]/.test(next);
}

/** The text without the trailing run of `marks`, scanned from the end (a `[...]+$` regex is quadratic on `....x`). */
function withoutTrailing(text: string, marks: RegExp): string {
  let end = text.length;
  while (end > 0 && marks.test(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}

/** True for cleaned text that says there is no requirement (`N/A (batch)`, `none`, `-`). */
export function isNone(cleaned: string): boolean {
  const text = withoutTrailing(withoutParentheticals(cleaned), /[\s:;,.!]/);
  if (EXACT_NONE.has(text) || /^[-/\s]+$/.test(text)) return true;
  return NONE_PREFIXES.some((marker) => startsWithMarker(text, marker));
}
