import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from './read-document.js';

/** The offset of the first byte a strict decoder refuses, or -1: the reference. */
function reference(bytes: Uint8Array): number {
  const strict = new TextDecoder('utf-8', { fatal: true });
  try {
    strict.decode(bytes);
    return -1;
  } catch {
    for (let end = 1; end <= bytes.length; end += 1) {
      try {
        strict.decode(bytes.subarray(0, end), { stream: true });
      } catch {
        return end - 1;
      }
    }
    return -2;
  }
}

describe('firstInvalidUtf8', () => {
  it('accepts every well-formed sequence and refuses the rest, as a strict decoder does', () => {
    for (let lead = 0x80; lead <= 0xff; lead += 1) {
      for (let second = 0; second <= 0xff; second += 1) {
        for (const tail of [[], [0x80], [0x80, 0x80], [0xbf, 0xbf]]) {
          const bytes = Uint8Array.from([lead, second, ...tail]);
          expect(firstInvalidUtf8(bytes) === bytes.length, bytes.join(',')).toBe(
            reference(bytes) === -1,
          );
        }
      }
    }
  });

  it('agrees with a strict decoder on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (bytes) => {
        expect(firstInvalidUtf8(bytes) === bytes.length).toBe(reference(bytes) === -1);
      }),
      { numRuns: 20_000 },
    );
  });
});
