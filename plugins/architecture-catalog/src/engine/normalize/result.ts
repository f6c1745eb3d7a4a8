/** The outcome of reading one requirement value. */
export type Normalized =
  | { kind: 'value'; value: number }
  /** N/A, none, -, n/a (batch), not applicable, empty: null without a warning. */
  | { kind: 'none' }
  /** Text we cannot read: null plus a warning upstream, saying why when we know. */
  | { kind: 'unparseable'; reason?: string };

export const NONE: Normalized = { kind: 'none' };
export const UNPARSEABLE: Normalized = { kind: 'unparseable' };

export function unreadable(reason: string): Normalized {
  return { kind: 'unparseable', reason };
}

export function valueOf(value: number | null | undefined): Normalized {
  return value == null || !Number.isFinite(value) ? UNPARSEABLE : { kind: 'value', value };
}

/** Rounds away float noise such as 0.30000000000000004 without touching real digits. */
export function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/** Math.max without spreading (arguments are limited) and undefined for an empty list. */
export function maxOf(values: readonly number[]): number | undefined {
  return values.reduce<number | undefined>(
    (max, v) => (max === undefined || v > max ? v : max),
    undefined,
  );
}
