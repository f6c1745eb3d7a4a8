import { writeSync } from 'node:fs';

/**
 * Writes all of `text` to standard error before returning. `process.stderr.write` queues
 * what a pipe cannot take at once, and Docusaurus exits right after a failed build: a report
 * of a few hundred kilobytes was cut off mid-line in CI logs.
 */
export function writeStderrSync(text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(2, bytes, written);
    } catch (error) {
      // A non-blocking pipe that is full: the reader drains it; try again.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}
