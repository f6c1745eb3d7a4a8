import { expect, it } from 'vitest';
import type { Normalized } from '../result.js';

/** What a requirement reader must say of some texts. */
export interface Readings {
  /** Texts and the value each reads as, in `unit`. */
  values?: readonly (readonly [string, number])[];
  /** The values' unit, for the tests' names. */
  unit?: string;
  /** Texts that mean "does not apply". */
  none?: readonly string[];
  /** Texts it cannot read, alone or with words its reason must contain. */
  unparseable?: readonly (string | readonly [string, string])[];
  /** Pairs of texts that must read the same. */
  same?: readonly (readonly [string, string])[];
}

/** The tests every requirement reader shares: values, none, unreadable, and spellings that agree. */
export function itReads(parse: (raw: string) => Normalized, readings: Readings): void {
  const { values = [], unit = '', none = [], unparseable = [], same = [] } = readings;
  it.runIf(values.length > 0).each(values)(`%j -> %d ${unit}`, (raw, value) => {
    expect(parse(raw)).toEqual({ kind: 'value', value });
  });
  it.runIf(none.length > 0).each(none)('%j -> none', (raw) => {
    expect(parse(raw)).toEqual({ kind: 'none' });
  });
  const flagged = unparseable.map(
    (entry): readonly [string, string] => (typeof entry === 'string' ? [entry, ''] : entry),
  );
  it.runIf(flagged.length > 0).each(flagged)('%j -> unparseable %j', (raw, reason) => {
    const read = parse(raw);
    expect(read.kind).toBe('unparseable');
    if (reason) expect(read.kind === 'unparseable' ? read.reason : '').toContain(reason);
  });
  it.runIf(same.length > 0).each(same)('%j and %j read the same', (a, b) => {
    expect(parse(a)).toEqual(parse(b));
  });
}
