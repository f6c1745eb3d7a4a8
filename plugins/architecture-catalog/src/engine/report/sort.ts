import type { Diagnostic, UseCase } from '../types.js';

/** Code-point order: the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Names in dictionary order: case folded first, then by case, so the order is total. */
export function compareNames(a: string, b: string): number {
  const lower = a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0;
  return lower || compareText(a, b);
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  );
}

/** Use case ids by their number (`UC-9` before `UC-10`), then by code point. */
export function compareIds(a: string, b: string): number {
  return idNumber(a) - idNumber(b) || compareText(a, b);
}

export function compareUseCases(a: UseCase, b: UseCase): number {
  return compareIds(a.id, b.id) || compareText(a.dir, b.dir);
}

function idNumber(id: string): number {
  const digits = /\d+/.exec(id)?.[0] ?? '';
  return digits.length > 15 ? Number.MAX_SAFE_INTEGER : Number(digits);
}
