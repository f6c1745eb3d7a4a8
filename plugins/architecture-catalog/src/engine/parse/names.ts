/**
 * Heading and column names are compared by a key: lower case, numbering
 * prefixes (`1.`, `3.2`), emoji, markup and trailing colons removed, `&`
 * read as `and`, every other run of punctuation and space one space.
 */
export function nameKey(text: string): string {
  let key = KEYS.get(text);
  if (key === undefined) {
    key = computeNameKey(text);
    if (KEYS.size >= MAX_REMEMBERED_KEYS) KEYS.clear();
    KEYS.set(text, key);
  }
  return key;
}

/**
 * The same headings and column names recur in every design, and a key costs
 * a Unicode normalization and four regular expressions: keys are remembered.
 */
const KEYS = new Map<string, string>();
const MAX_REMEMBERED_KEYS = 10_000;

function computeNameKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D/gu, ' ')
    .replace(/&/g, ' and ')
    .replace(/^\s*(?:(?:section|part)\s+)?\d+(?:\.\d+)*\.?\)?\s+/iu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Levenshtein distance, bounded: returns `max + 1` as soon as it is exceeded. */
export function editDistance(a: string, b: string, max = 8): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** The candidate closest to `text` by key, if it is close enough to be a likely typo. */
export function closestName(text: string, candidates: readonly string[]): string | undefined {
  const key = nameKey(text);
  if (key === '') return undefined;
  let best: { name: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const candidateKey = nameKey(candidate);
    const limit = Math.max(2, Math.floor(candidateKey.length / 3));
    const distance = sharesStem(key, candidateKey) ? 1 : editDistance(key, candidateKey, limit);
    if (distance <= limit && (!best || distance < best.distance)) {
      best = { name: candidate, distance };
    }
  }
  return best?.name;
}

/** `risks` vs `risks and mitigations`, `tech choices` vs `technology choices`. */
function sharesStem(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length < 4) return false;
  if (longer.startsWith(shorter)) return true;
  const shortWords = shorter.split(' ');
  const longWords = longer.split(' ');
  return (
    shortWords.length === longWords.length &&
    shortWords.every((word, i) => longWords[i]!.startsWith(word.slice(0, 4)))
  );
}

/**
 * Whether a heading stands for the template's `title`: the same name, or the name followed by
 * `&`, `and` or `/` and more (`Monitoring & Alerting`, `Model Serving / Deployment`).
 */
export function headingNames(heading: string, title: string): boolean {
  const want = nameKey(title);
  const key = nameKey(heading.replace(/\//g, ' and '));
  return key === want || key.startsWith(`${want} and `);
}

/** Among `sections`, the one that stands for `title`: an exact name first, then a longer one. */
export function sectionNamed<T extends { name: string; key: string }>(
  sections: readonly T[],
  title: string,
): T | undefined {
  const key = nameKey(title);
  return (
    sections.find((section) => section.key === key) ??
    sections.find((section) => headingNames(section.name, title))
  );
}
