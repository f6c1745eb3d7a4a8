import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAvailability } from './availability.js';
import { parseFreshnessSeconds } from './freshness.js';
import { parseLatencyMs } from './latency.js';
import type { Normalized } from './result.js';
import { parseThroughputPerSecond } from './throughput.js';

const RUNS = { numRuns: 300 };

const PARSERS: readonly (readonly [string, (raw: string) => Normalized])[] = [
  ['latency', parseLatencyMs],
  ['throughput', parseThroughputPerSecond],
  ['availability', parseAvailability],
  ['freshness', parseFreshnessSeconds],
];

/** Words, numbers and symbols that requirement cells are made of, hostile ones included. */
const FRAGMENTS = [
  ...['p50', 'p99', 'p99.9', 'P95:', '99th', 'percentile', 'median', 'max', 'peak', 'avg'],
  ...['<', '<=', '≤', '>', '≥', '~', '-', '–', '/', '+', '%', '%ile', ',', ';', '|', '(', ')'],
  ...['ms', 'MS', 'µs', 's', 'sec', 'min', 'minutes', 'h', 'hours', 'day', 'days', 'week'],
  ...['k', 'K', 'M', 'million', 'bn', 'req/s', 'RPS', 'QPS', 'per', 'second', 'a', 'nightly'],
  ...['nines', 'three', 'and', 'half', 'percent', 'uptime', 'T+1', 'T', '24/7', '24x7'],
  ...['N/A', 'n/a', 'none', 'real-time', 'near', 'sub-second', 'hourly', 'daily', 'to'],
  ...['0', '1', '7', '24', '99', '99.9', '99,95', '100', '1,500', '1 500', '1_500', '.5'],
  ...['1,0000', '9'.repeat(400), '1e999', 'Infinity', 'NaN', '-5', '0x10', '**', '`', '~~'],
  ...['[x](y)', '<b>', '</b>', '&nbsp;', '&lt;', '&amp;', '<br/>', '[', ']', '__'],
];

const WHITESPACE = fc.constantFrom(' ', '  ', '\t', ' \u00a0', '\n', ' \r\n ');

/** A cell as a list of fragments; join it with single spaces or any whitespace runs. */
const fragments = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 14 });

const anyText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fragments.map((parts) => parts.join(' ')),
  fragments.map((parts) => parts.join('')),
);

function expectWellFormed(result: Normalized): void {
  expect(['value', 'none', 'unparseable']).toContain(result.kind);
  if (result.kind === 'value') expect(Number.isFinite(result.value)).toBe(true);
}

/** `1234567` -> `1,234,567` (or another group separator). */
function grouped(n: number, separator: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** ASCII letters upper- or lower-cased at random. */
function recased(text: string, upper: readonly boolean[]): string {
  return [...text]
    .map((ch, i) => (upper[i % Math.max(upper.length, 1)] ? ch.toUpperCase() : ch.toLowerCase()))
    .join('');
}

describe('requirement parsers on arbitrary text', () => {
  it.each(PARSERS)(
    '%s never throws and returns a finite value, none or unparseable',
    (_, parse) => {
      fc.assert(
        fc.property(anyText, (text) => expectWellFormed(parse(text))),
        RUNS,
      );
    },
  );

  it.each(PARSERS)('%s reads any whitespace run like a single space', (_, parse) => {
    fc.assert(
      fc.property(
        fragments,
        fc.array(WHITESPACE, { minLength: 1 }),
        WHITESPACE,
        (parts, gaps, edge) => {
          const spaced = parts.map((part, i) => (i === 0 ? part : gaps[i % gaps.length] + part));
          const loose = edge + spaced.join('') + edge;
          expect(parse(loose)).toEqual(parse(parts.join(' ')));
        },
      ),
      RUNS,
    );
  });

  it.each(PARSERS)('%s ignores the case of ASCII letters', (_, parse) => {
    fc.assert(
      fc.property(fragments, fc.array(fc.boolean(), { minLength: 1 }), (parts, upper) => {
        const text = parts.join(' ');
        expect(parse(recased(text, upper))).toEqual(parse(text));
      }),
      RUNS,
    );
  });
});

const wholeOrTenth = fc.oneof(
  fc.integer({ min: 1, max: 5_000_000 }),
  fc.integer({ min: 1, max: 99_999 }).map((n) => n / 10),
);

describe('latency in known forms', () => {
  it('reads n ms the same in every harmless spelling', () => {
    fc.assert(
      fc.property(wholeOrTenth, fc.constantFrom(',', ' ', '_'), (n, separator) => {
        const forms = [
          `${n} ms`,
          `${n}ms`,
          `p99 < ${n} MS`,
          `  ${n}  ms `,
          `P99<${n}Ms`,
          `≤ ${n} milliseconds`,
          `**< ${n} ms** p99`,
          `${grouped(n, separator)} ms`,
          `p99 < ${grouped(n, separator)} ms`,
          `p50 ${n / 2}ms / p99 ${n}ms`,
        ];
        for (const form of forms) expect(parseLatencyMs(form), form).toEqual(value(n));
      }),
      RUNS,
    );
  });

  it('reads seconds, minutes and hours in milliseconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (n) => {
        expect(parseLatencyMs(`${n} s`)).toEqual(value(n * 1_000));
        expect(parseLatencyMs(`< ${n} SECONDS`)).toEqual(value(n * 1_000));
        expect(parseLatencyMs(`${n}min`)).toEqual(value(n * 60_000));
        expect(parseLatencyMs(`${n} hours`)).toEqual(value(n * 3_600_000));
      }),
      RUNS,
    );
  });
});

describe('throughput in known forms', () => {
  it('reads n per second the same with or without thousands separators', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50_000_000 }),
        fc.constantFrom(',', ' ', '_'),
        (n, separator) => {
          const forms = [
            `${n} req/s`,
            `${grouped(n, separator)} req/s`,
            `${grouped(n, separator)} RPS`,
            `  ${n}   REQ/S `,
            `${n} requests per second`,
            `~${grouped(n, ',')} QPS`,
            `peak ${grouped(n, ',')} req/s`,
            `**${grouped(n, ',')} req/s**`,
          ];
          for (const form of forms) expect(parseThroughputPerSecond(form), form).toEqual(value(n));
        },
      ),
      RUNS,
    );
  });

  it('reads k and per-minute rates', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999 }), (n) => {
        expect(parseThroughputPerSecond(`${n}k RPS`)).toEqual(value(n * 1_000));
        expect(parseThroughputPerSecond(`${n} K req/s`)).toEqual(value(n * 1_000));
        expect(parseThroughputPerSecond(`${grouped(n * 60, ',')} req/min`)).toEqual(value(n));
      }),
      RUNS,
    );
  });
});

describe('availability in known forms', () => {
  it('reads a percentage the same with or without spaces, in any case, as a fraction', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (hundredths) => {
        const p = hundredths / 100;
        const expected = value(Number((p / 100).toFixed(10)));
        const forms = [`${p}%`, `${p} %`, `  ${p}  % `, `${p} PERCENT`, `${p}% Uptime`];
        for (const form of forms) expect(parseAvailability(form), form).toEqual(expected);
        if (!Number.isInteger(p)) {
          const comma = `${String(p).replace('.', ',')} %`;
          expect(parseAvailability(comma), comma).toEqual(expected);
        }
      }),
      RUNS,
    );
  });
});

describe('freshness in known forms', () => {
  it('reads minutes and hours in seconds in every harmless spelling', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (n) => {
        for (const form of [`${n} min`, `<${n}min`, `< ${n}  MINUTES`, `within ${n} minutes`]) {
          expect(parseFreshnessSeconds(form), form).toEqual(value(n * 60));
        }
        expect(parseFreshnessSeconds(`${grouped(n, ',')} hours`)).toEqual(value(n * 3_600));
      }),
      RUNS,
    );
  });
});

describe('regressions the properties found', () => {
  it('reads an upper-cased micro sign (`ΜS`, Greek capital mu) as micro', () => {
    expect(parseLatencyMs('500 ΜS')).toEqual(value(0.5));
    expect(parseLatencyMs('1,0000 ΜS')).toEqual(parseLatencyMs('1,0000 µs'));
    expect(parseThroughputPerSecond('.5 ΜS REQ/S')).toEqual(
      parseThroughputPerSecond('.5 µs req/s'),
    );
  });
});

function value(n: number): Normalized {
  return { kind: 'value', value: Number(n.toPrecision(12)) };
}
