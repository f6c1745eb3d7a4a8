import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export type ReadOutcome = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a markdown document as UTF-8 text, or says in one sentence why it
 * cannot. Never throws; never reads more than the size limit.
 */
export function readDocument(absolutePath: string): ReadOutcome {
  let fd: number | undefined;
  try {
    fd = openSync(absolutePath, 'r');
    const size = fstatSync(fd).size;
    if (size > MAX_DOCUMENT_BYTES) {
      return { ok: false, reason: `is ${formatBytes(size)}, over the 5 MB limit` };
    }
    const buffer = Buffer.alloc(size);
    let filled = 0;
    while (filled < size) {
      const read = readSync(fd, buffer, filled, size - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    return decode(buffer.subarray(0, filled));
  } catch (error) {
    return { ok: false, reason: describeIoError(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function decode(bytes: Uint8Array): ReadOutcome {
  if (isUtf16Bom(bytes)) {
    return { ok: false, reason: 'is UTF-16 encoded; save it as UTF-8' };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { ok: false, reason: `contains a NUL byte at offset ${nul}: it looks binary, not text` };
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return {
      ok: false,
      reason: `is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})`,
    };
  }
}

function isUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** Offset of the first byte of the first sequence that is not UTF-8, for a message a person can act on. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

/**
 * The well-formed UTF-8 lead bytes (Unicode Table 3-7): from, to, the
 * sequence's length, and the range its second byte must fall in.
 */
const LEADS: readonly (readonly [
  from: number,
  to: number,
  length: number,
  low: number,
  high: number,
])[] = [
  [0xc2, 0xdf, 2, 0x80, 0xbf],
  [0xe0, 0xe0, 3, 0xa0, 0xbf],
  [0xe1, 0xec, 3, 0x80, 0xbf],
  [0xed, 0xed, 3, 0x80, 0x9f],
  [0xee, 0xef, 3, 0x80, 0xbf],
  [0xf0, 0xf0, 4, 0x90, 0xbf],
  [0xf1, 0xf3, 4, 0x80, 0xbf],
  [0xf4, 0xf4, 4, 0x80, 0x8f],
];

/** Length of the well-formed UTF-8 sequence at `i`, or 0 when it is not one. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  if (lead < 0x80) return 1;
  const [, , length = 0, low = 0, high = 0] =
    LEADS.find(([from, to]) => lead >= from && lead <= to) ?? [];
  if (length === 0) return 0;
  const second = bytes[i + 1];
  if (second === undefined || second < low || second > high) return 0;
  for (let k = 2; k < length; k++) {
    const next = bytes[i + k];
    if (next === undefined || next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied';
    case 'ENOENT':
      return 'cannot be read: it no longer exists';
    case 'ELOOP':
      return 'cannot be read: symbolic link loop';
    case 'EISDIR':
      return 'is a directory, not a file';
    default:
      return `cannot be read: ${code ?? (error instanceof Error ? error.message : String(error))}`;
  }
}

function formatBytes(size: number): string {
  return `${(size / (1024 * 1024)).toFixed(1)} MB`;
}
