import { describe, expect, it } from 'vitest';
import { progressLine, progressText } from './progress.js';

function terminal(isTTY: boolean) {
  const written: string[] = [];
  return { written, output: { isTTY, write: (chunk: string) => written.push(chunk) } };
}

describe('progressLine', () => {
  it('redraws one line on a terminal, at most every 200 ms but always at the end, then clears it', () => {
    const { written, output } = terminal(true);
    let time = 1000;
    const progress = progressLine(output, () => time);
    progress.update(16, 100);
    time += 50;
    progress.update(32, 100); // too soon: skipped
    time += 300;
    progress.update(48, 100);
    progress.update(100, 100); // the end: always drawn
    progress.clear();
    expect(written).toEqual([
      `\r\u001b[2K${progressText(16, 100)}`,
      `\r\u001b[2K${progressText(48, 100)}`,
      `\r\u001b[2K${progressText(100, 100)}`,
      '\r\u001b[2K',
    ]);
  });

  it('writes nothing when the output is not a terminal', () => {
    const { written, output } = terminal(false);
    const progress = progressLine(output);
    progress.update(10, 10);
    progress.clear();
    expect(written).toEqual([]);
  });

  it('counts with thousands separators', () => {
    expect(progressText(3200, 10000)).toBe('arch-catalog: parsed 3,200 of 10,000 designs');
  });
});
