import { createHash } from 'node:crypto';
import type { Diagnostic } from '../types.js';

/**
 * The message without the positions it may quote (`line 12`, `lines 3-5`,
 * `12:4`), so that moving unrelated lines does not change a fingerprint.
 */
export function fingerprintMessage(message: string): string {
  return message
    .replace(/\b(lines?|columns?|col)\s+\d+(?:\s*(?:[-–,]|and|to)\s*\d+)*/gi, '$1 #')
    .replace(/\b\d+:\d+\b/g, '#:#');
}

/**
 * A fingerprint that survives edits elsewhere in the document: the rule, the
 * root-relative file, the section path and the position-free message, never
 * the line or column. Diagnostics identical in all of those are told apart by
 * their occurrence number (`:1`, `:2`, ...) in model order, as GitHub does for
 * its own line hashes.
 */
export function fingerprintHash(diagnostic: Diagnostic): string {
  const key = [
    diagnostic.ruleId,
    diagnostic.file,
    diagnostic.section ?? '',
    fingerprintMessage(diagnostic.message),
  ].join('\0');
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Each diagnostic with its fingerprint, `<hash>:<occurrence>`. */
export function fingerprint(diagnostics: readonly Diagnostic[]): [Diagnostic, string][] {
  const seen = new Map<string, number>();
  return diagnostics.map((diagnostic) => {
    const hash = fingerprintHash(diagnostic);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return [diagnostic, `${hash}:${occurrence}`];
  });
}
