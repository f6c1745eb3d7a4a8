import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseDesign } from '../../plugins/architecture-catalog/src/engine/analyse-document.js';
import { DEFAULT_CONFIG } from '../../plugins/architecture-catalog/src/engine/config/config.js';
import { readStatus } from '../../plugins/architecture-catalog/src/engine/model/status.js';
import { parseAvailability } from '../../plugins/architecture-catalog/src/engine/normalize/availability.js';
import { parseFreshnessSeconds } from '../../plugins/architecture-catalog/src/engine/normalize/freshness.js';
import { parseLatencyMs } from '../../plugins/architecture-catalog/src/engine/normalize/latency.js';
import { parseThroughputPerSecond } from '../../plugins/architecture-catalog/src/engine/normalize/throughput.js';
import { BUILTIN_PATTERN_NAMES } from '../../plugins/architecture-catalog/src/engine/patterns/builtin.js';
import { recognizePatterns } from '../../plugins/architecture-catalog/src/engine/patterns/recognize.js';
import { exceededLimit } from '../../plugins/architecture-catalog/src/engine/scan/markdown-limits.js';
import { createTechnologyIndex } from '../../plugins/architecture-catalog/src/engine/technologies/index.js';
import { REPO_ROOT } from '../helpers.js';

/**
 * Time per call of `run` on `input`: the call repeated until 15 ms have
 * passed, so short calls are not lost in the timer's noise.
 */
function timePerCall(run: (input: string) => unknown, input: string): number {
  let calls = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < 15) {
    run(input);
    calls += 1;
    elapsed = performance.now() - started;
  }
  return elapsed / calls;
}

/** About 2 when linear, 4 when quadratic, 8 when cubic; room left for a busy machine. */
const MAX_DOUBLING = 3.2;

/**
 * The worst growth of `run`'s time each time the line doubles, from 1,000
 * to 64,000 characters (the better of three tries each). It stops at the
 * first doubling past MAX_DOUBLING: a cubic shape then fails in seconds
 * instead of running for hours.
 */
function worstDoubling(run: (input: string) => unknown, line: (length: number) => string): number {
  let worst = 0;
  for (let length = 1_000; length < 64_000; length *= 2) {
    const tries = [0, 1, 2].map(
      () => timePerCall(run, line(length * 2)) / timePerCall(run, line(length)),
    );
    worst = Math.max(worst, Math.min(...tries));
    if (worst > MAX_DOUBLING) break;
  }
  return worst;
}

const STATUS_SHAPES: Record<string, (length: number) => string> = {
  'a title with a long run of spaces': (n) => `# Implementation Status: a${' '.repeat(n)}b\n`,
  'a title of closing hashes': (n) => `# Implementation Status: a ${'#'.repeat(n)}\n`,
  'a bold label of spaces': (n) => `**${' '.repeat(n)}\n`,
  'a bold field with a long value': (n) => `**Status:** ${'In Progress '.repeat(n / 12)}\n`,
  'a title of open brackets': (n) => `# Implementation Status: ${'['.repeat(n)}\n`,
  'a title of link openers': (n) => `# Implementation Status: ${'[a]('.repeat(n / 4)}\n`,
  'a field table row': (n) => `| Field | Value |\n|---|---|\n| Name | ${'x |'.repeat(n / 3)}\n`,
};

describe('reading a status file takes time linear in its longest line', () => {
  it.each(Object.entries(STATUS_SHAPES))('%s', (_shape, line) => {
    expect(worstDoubling(readStatus, line)).toBeLessThan(MAX_DOUBLING);
  });
});

const VALID_DESIGN = readFileSync(
  `${REPO_ROOT}/plugins/architecture-catalog/src/engine/rules/__fixtures__/valid.md`,
  'utf8',
);
const SETTINGS = { config: DEFAULT_CONFIG, technologies: createTechnologyIndex() };

/** What the engine does with a design: the shape limits first, then parse, model and rules. */
function checkAndAnalyse(text: string): unknown {
  return (
    exceededLimit(text) ??
    analyseDesign('UC-1/02_Architecture/Architecture_Design.md', text, SETTINGS)
  );
}

/** The valid design with one line (or run of lines) grown. */
const grown = (find: string, replace: string) => VALID_DESIGN.replace(find, replace);

const DESIGN_SHAPES: Record<string, (length: number) => string> = {
  'setext headings': (n) => `${VALID_DESIGN}\n${'a\n=\n\n'.repeat(n / 6)}`,
  'a long ATX heading': (n) => `${VALID_DESIGN}\n## ${'word '.repeat(n / 5)}#\n`,
  'paragraphs before the pattern field': (n) =>
    grown(
      '## Architecture Pattern Selected\n',
      `## Architecture Pattern Selected\n${'p\n\n'.repeat(n / 3)}`,
    ),
  'a requirement value ending in punctuation': (n) =>
    grown('| Latency | p99 < 50 ms |', `| Latency | p99 < 50 ms${'.'.repeat(n)} |`),
  'a requirement source': (n) => grown('| POC Plan |', `| ${'POC Plan, '.repeat(n / 10)}|`),
  'a technology cell of A/B': (n) =>
    grown('| Apache Kafka + Flink |', `| ${'A/B '.repeat(n / 4)}|`),
  'a technology cell in parentheses': (n) =>
    grown('| Apache Kafka + Flink |', `| Kafka (${'a, '.repeat(n / 3)}) |`),
  'an integration cell': (n) => grown('| Synchronous, 50 ms budget |', `| ${'x, '.repeat(n / 3)}|`),
  'an alternative cell': (n) => grown('| Vendor lock-in |', `| ${'lock-in; '.repeat(n / 9)}|`),
};

describe('checking a design takes time linear in its longest shape', () => {
  it.each(Object.entries(DESIGN_SHAPES))('%s', (_shape, line) => {
    expect(worstDoubling(checkAndAnalyse, line)).toBeLessThan(MAX_DOUBLING);
  });
});

/** `unit` repeated to about `length` characters, then `end`. */
const runOf =
  (unit: string, end = '') =>
  (length: number): string =>
    unit.repeat(Math.ceil(length / unit.length)) + end;

// Cells shaped to hurt regexes and loops: long runs of separators, digits, brackets and units.
const ANY_CELL: Record<string, (length: number) => string> = {
  spaces: runOf(' '),
  dashes: runOf('-'),
  'dots before a word': runOf('.', 'x'),
  'open parentheses': runOf('('),
  'link openers': runOf('[a]('),
  'tag openers': runOf('<a '),
};
const REQUIREMENT_CELLS: Record<string, (length: number) => string> = {
  ...ANY_CELL,
  digits: runOf('1'),
  'thousands groups': runOf('1,000'),
  'mixed separators': runOf('1,0000 '),
  'space-grouped digits': runOf('1 000 ', '0000'),
  'dot-grouped digits': runOf('1.000', '.'),
  'apostrophe-grouped digits': runOf("1'000", "'"),
  'decimal commas': runOf('1,5 '),
  exponents: runOf('1e'),
  divisions: runOf('-1/0 '),
  percentiles: runOf('p99 '),
  'values and percentiles': runOf('200ms p99 '),
  rates: runOf('5k req/s, avg 5 '),
  'nines in words': runOf('three and a half ', 'nines'),
  percentages: runOf('99.9% '),
  'n/a': runOf('n/a '),
  'real time': runOf('real time '),
};
const TECHNOLOGY_CELLS: Record<string, (length: number) => string> = {
  ...ANY_CELL,
  slashes: runOf('/'),
  'words joined by &': runOf('x&'),
  'a technology list': runOf('Kafka + Flink, custom Foo service (Redis online) / Pub/Sub & W&B; '),
};
const PATTERN_CELLS: Record<string, (length: number) => string> = {
  ...ANY_CELL,
  'patterns joined by +': runOf('Batch + '),
  'patterns joined by and': runOf(' and '),
  'pattern numbers': runOf('Pattern '),
};

const technologies = createTechnologyIndex();
const READERS: readonly (readonly [string, (text: string) => unknown, typeof ANY_CELL])[] = [
  [
    'a requirement',
    (text) =>
      [parseLatencyMs, parseThroughputPerSecond, parseAvailability, parseFreshnessSeconds].map(
        (parse) => parse(text),
      ),
    REQUIREMENT_CELLS,
  ],
  [
    'technologies',
    (text) => [technologies.split(text), technologies.mentions(text)],
    TECHNOLOGY_CELLS,
  ],
  ['patterns', (text) => recognizePatterns(text, BUILTIN_PATTERN_NAMES), PATTERN_CELLS],
];

describe('reading a cell takes time linear in its length', () => {
  const cases = READERS.flatMap(([reader, read, cells]) =>
    Object.entries(cells).map(([shape, cell]) => [`${reader}: ${shape}`, read, cell] as const),
  );
  it.each(cases)('%s', (_case, read, cell) => {
    expect(worstDoubling(read, cell)).toBeLessThan(MAX_DOUBLING);
  });
});

const MARKDOWN_SHAPES: Record<string, (length: number) => string> = {
  'a nested list': (n) =>
    Array.from({ length: n / 40 }, (_, i) => `${'  '.repeat(i % 200)}- level ${i}`).join('\n'),
  words: runOf('word '),
};

describe('the markdown limits take time linear in the document', () => {
  it.each(Object.entries(MARKDOWN_SHAPES))('%s', (_shape, text) => {
    expect(worstDoubling(exceededLimit, text)).toBeLessThan(MAX_DOUBLING);
  });
});
