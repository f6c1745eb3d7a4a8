import type { Output } from './io.js';

/** Redraws at most this often: a terminal need not see every batch. */
const INTERVAL_MS = 200;

/**
 * A one-line progress count on a terminal (`arch-catalog: parsed 3,200 of
 * 10,000 designs`), redrawn in place and cleared at the end. Nothing at all
 * when the output is not a terminal, so CI logs and captured output stay
 * clean.
 */
export function progressLine(output: Output, now: () => number = Date.now) {
  let last = 0;
  let shown = false;
  return {
    update(done: number, total: number): void {
      if (output.isTTY !== true) return;
      if (done < total && now() - last < INTERVAL_MS) return;
      last = now();
      shown = true;
      output.write(`\r\u001b[2K${progressText(done, total)}`);
    },
    clear(): void {
      if (shown) output.write('\r\u001b[2K');
      shown = false;
    },
  };
}

export function progressText(done: number, total: number): string {
  const count = (value: number) => value.toLocaleString('en-US');
  return `arch-catalog: parsed ${count(done)} of ${count(total)} designs`;
}
