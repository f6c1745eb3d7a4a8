/** The anchored line a diagnostic at `line` falls on: the last element start at or before it. */
export function anchoredLine(lines: readonly number[], line: number): number | undefined {
  let low = 0;
  let high = lines.length - 1;
  let found: number | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (lines[middle]! <= line) {
      found = lines[middle];
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
