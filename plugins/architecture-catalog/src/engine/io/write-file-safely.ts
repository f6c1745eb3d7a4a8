import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  lstatSync,
  mkdirSync,
  openSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';

/** A file the tool will not write: the path is a symbolic link or not a regular file. */
export class UnsafeTargetError extends Error {}

const EXCLUSIVE_NEW_FILE =
  constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/**
 * Writes a file in full or not at all, and never through a symbolic link: a
 * link at `target` is refused, and the text goes to a new temporary file
 * beside it (created exclusively, under a random name no one could plant a
 * link at) that is then renamed over `target`. `write` is handed the
 * temporary file's writer; it may call it any number of times.
 */
export function writeFileSafely(
  target: string,
  write: (out: (text: string) => void) => void,
): void {
  refuseUnsafeTarget(target);
  const dir = path.dirname(target);
  mkdirSync(dir, { recursive: true });
  const temporary = path.join(
    dir,
    `.${path.basename(target)}.${randomBytes(8).toString('hex')}.tmp`,
  );
  const fd = openSync(temporary, EXCLUSIVE_NEW_FILE, 0o644);
  let done = false;
  try {
    write((text) => writeAll(fd, text));
    closeSync(fd);
    renameSync(temporary, target);
    done = true;
  } finally {
    if (!done) cleanUp(fd, temporary);
  }
}

function refuseUnsafeTarget(target: string): void {
  let stats;
  try {
    stats = lstatSync(target);
  } catch {
    return; // not there yet
  }
  if (stats.isSymbolicLink())
    throw new UnsafeTargetError(`${target} is a symbolic link; not writing through it`);
  if (!stats.isFile())
    throw new UnsafeTargetError(`${target} is not a regular file; not writing it`);
}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset);
}

function cleanUp(fd: number, temporary: string): void {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
  try {
    unlinkSync(temporary);
  } catch {
    // already gone
  }
}
