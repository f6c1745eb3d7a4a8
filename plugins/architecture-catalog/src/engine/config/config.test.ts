import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, DEFAULT_PATTERNS, toConfig } from './config.js';
import { loadConfig } from './load-config.js';

const WHERE = 'catalog.yaml';

function refusal(value: unknown): string {
  try {
    toConfig(value, WHERE);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('the config was accepted');
}

describe('patterns in the config', () => {
  it('adds new patterns after the built-in ones and folds exact repeats', () => {
    const config = toConfig({ patterns: ['Lambda Architecture', 'Streaming'] }, WHERE);
    expect(config.patterns).toEqual([...DEFAULT_PATTERNS, 'Lambda Architecture']);
  });

  it.each([
    ['batch prediction', 'Batch Prediction'],
    ['Real time serving', 'Real-Time Serving'],
    ['Batch Scoring', 'Batch Prediction'],
  ])('refuses %j, another spelling of the built-in %j', (name, builtin) => {
    expect(refusal({ patterns: [name] })).toBe(
      `${WHERE}: patterns[0]: '${name}' is the built-in pattern '${builtin}'; built-in patterns need no entry`,
    );
  });

  it.each(['Lambda/Kappa', 'Hub + Spoke', 'Fan-out, Fan-in', 'Train and Serve', 'A (B)'])(
    'refuses %j, which a Pattern field would cut in parts',
    (name) => {
      expect(refusal({ patterns: [name] })).toMatch(
        /^catalog\.yaml: patterns\[0\]: '.*' cannot be matched: a Pattern field (is cut at|reads it as) /,
      );
    },
  );
});

describe('technologies in the config', () => {
  const entry = (aliases: string[]) => ({
    technologies: [{ name: 'Acme Bus', category: 'Event Streaming', aliases }],
  });

  it('keeps aliases that name something', () => {
    expect(toConfig(entry(['AcmeBus', 'Acme MQ']), WHERE).technologies[0]?.aliases).toEqual([
      'AcmeBus',
      'Acme MQ',
    ]);
  });

  it.each(['and', 'The', 'with a', 'x'])('refuses the alias %j, a common word', (alias) => {
    expect(refusal(entry(['AcmeBus', alias]))).toBe(
      `${WHERE}: technologies[0].aliases[1]: '${alias}' is a common word: every cell that uses it would name Acme Bus`,
    );
  });

  it('reads a family', () => {
    const config = toConfig(
      { technologies: [{ name: 'Acme Bus', category: 'Event Streaming', family: 'Acme' }] },
      WHERE,
    );
    expect(config.technologies[0]?.family).toBe('Acme');
    expect(refusal({ technologies: [{ name: 'Acme Bus', category: 'Database', family: 5 }] })).toBe(
      `${WHERE}: technologies[0].family must be a non-empty string`,
    );
  });

  it('refuses a name that is a common word', () => {
    expect(refusal({ technologies: [{ name: 'of', category: 'Database' }] })).toMatch(
      /technologies\[0\]\.name: 'of' is a common word/,
    );
  });
});

describe('the config file', () => {
  let dir = '';
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  function load(text: string): () => unknown {
    dir = mkdtempSync(path.join(tmpdir(), 'config-'));
    writeFileSync(path.join(dir, 'catalog.yaml'), text);
    return () => loadConfig(dir, 'catalog.yaml');
  }

  it('refuses an unknown YAML tag in one line, without a Node warning', () => {
    const warn = vi.spyOn(process, 'emitWarning');
    expect(load('root: !secret docs\n')).toThrow(
      /^catalog\.yaml: invalid YAML: Unresolved tag: !secret at line 1, column 7$/,
    );
    expect(warn).not.toHaveBeenCalled();
  });

  it('reads a plain file', () => {
    expect(load('root: docs\n')()).toMatchObject({ config: { root: 'docs' } });
  });
});

describe('ruleDocsUrl', () => {
  it('takes an absolute web URL and drops trailing slashes', () => {
    expect(
      toConfig({ ruleDocsUrl: 'https://catalog.example.com/docs/rules/' }, WHERE),
    ).toMatchObject({
      ruleDocsUrl: 'https://catalog.example.com/docs/rules',
    });
  });

  it('refuses anything else, naming the key', () => {
    expect(refusal({ ruleDocsUrl: 'docs/rules' })).toBe(
      "catalog.yaml: ruleDocsUrl: 'docs/rules' is not an absolute http or https URL",
    );
    expect(refusal({ ruleDocsUrl: 'javascript:alert(1)' })).toMatch(/not an absolute http/);
  });
});

describe('the radar in the config', () => {
  const kafka = { name: 'Apache Kafka', ring: 'Hold', reason: 'Consolidating on the managed bus' };

  it('places technologies by any alias, under their canonical names', () => {
    const config = toConfig(
      {
        radar: [
          { ...kafka, replacedBy: 'AWS Kinesis', since: '2026-06-01' },
          { name: 'flink', ring: 'adopt' },
        ],
      },
      WHERE,
    );
    expect(config.radar).toEqual([
      {
        technology: 'Kafka',
        ring: 'hold',
        reason: 'Consolidating on the managed bus',
        replacedBy: 'Kinesis',
        since: '2026-06-01',
      },
      { technology: 'Flink', ring: 'adopt', reason: null, replacedBy: null, since: null },
    ]);
    expect(config.radarQuadrants.map((quadrant) => quadrant.name)).toEqual([
      'Data',
      'Training',
      'Serving',
      'Platform & Operations',
    ]);
  });

  it('places a technology of the config, its own category in the last default quadrant', () => {
    const config = toConfig(
      {
        technologies: [{ name: 'Chronon', category: 'Feature Platform' }],
        radar: [{ name: 'chronon', ring: 'trial' }],
      },
      WHERE,
    );
    expect(config.radar[0]?.technology).toBe('Chronon');
    expect(config.radarQuadrants.at(-1)?.categories.at(-1)).toBe('Feature Platform');
  });

  it.each([
    [{ radar: { Kafka: 'hold' } }, `${WHERE}: radar must be a list`],
    [
      { radar: [{ ...kafka, ring: 'keep' }] },
      `${WHERE}: radar[0].ring must be adopt, trial, assess or hold, not 'keep'`,
    ],
    [
      { radar: [{ ...kafka, name: 'Kafak' }] },
      `${WHERE}: radar[0].name: 'Kafak' is not a known technology (did you mean 'Kafka'?); a technology of your own goes under technologies: first`,
    ],
    [
      { radar: [kafka, { name: 'MSK', ring: 'adopt' }] },
      `${WHERE}: radar[1].name: Kafka is already on the radar at radar[0]`,
    ],
    [
      { radar: [{ ...kafka, replacedBy: 'Confluent' }] },
      `${WHERE}: radar[0].replacedBy: Kafka cannot replace itself`,
    ],
    [
      { radar: [{ ...kafka, since: '2026-02-30' }] },
      `${WHERE}: radar[0].since must be a day written YYYY-MM-DD, not '2026-02-30'`,
    ],
    [
      { radar: [{ ...kafka, since: 'June' }] },
      `${WHERE}: radar[0].since must be a day written YYYY-MM-DD, not 'June'`,
    ],
    [
      { radar: [{ ...kafka, owner: 'data team' }] },
      `${WHERE}: radar[0]: unknown key 'owner' (known: name, ring, reason, replacedBy, since)`,
    ],
    [
      { radarQuadrants: { Data: ['Database'] } },
      `${WHERE}: radarQuadrants must name four quadrants, not 1`,
    ],
    [
      { radarQuadrants: { A: ['Database'], B: ['Database'], C: [], D: [] } },
      `${WHERE}: radarQuadrants.B: 'Database' is already in the quadrant 'A'`,
    ],
    [
      { radarQuadrants: { A: ['Database'], B: [], C: [], D: [] }, radar: [kafka] },
      `${WHERE}: radar[0].name: Kafka is in the category 'Event Streaming', which no quadrant of radarQuadrants holds`,
    ],
  ])('refuses %j', (value, message) => {
    expect(refusal(value)).toBe(message);
  });

  it('reads a day YAML leaves unquoted as written', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'arch-catalog-radar-'));
    try {
      const file = path.join(dir, 'architecture-catalog.config.yaml');
      writeFileSync(file, 'radar:\n  - name: Kafka\n    ring: hold\n    since: 2026-06-01\n');
      expect(loadConfig(dir).config.radar[0]?.since).toBe('2026-06-01');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
