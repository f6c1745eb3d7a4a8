import { expect, it } from 'vitest';
import type { Normalized } from '../result.js';

/** What a requirement reader must say of some texts. */
export interface Readings {
  /** Texts that mean "does not apply". */
  none?: readonly string[];
  /** Texts it cannot read. */
  unparseable?: readonly string[];
  /** Pairs of texts that must read the same. */
  same?: readonly (readonly [string, string])[];
}

/** The tests every requirement reader shares: none, unreadable, and spellings that agree. */
export function itReads(parse: (raw: string) => Normalized, readings: Readings): void {
  const { none = [], unparseable = [], same = [] } = readings;
  it.runIf(none.length > 0).each(none)('%j -> none', (raw) => {
    expect(parse(raw)).toEqual({ kind: 'none' });
  });
  it.runIf(unparseable.length > 0).each(unparseable)('%j -> unparseable', (raw) => {
    expect(parse(raw).kind).toBe('unparseable');
  });
  it.runIf(same.length > 0).each(same)('%j and %j read the same', (a, b) => {
    expect(parse(a)).toEqual(parse(b));
  });
}
