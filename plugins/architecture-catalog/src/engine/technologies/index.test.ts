import { describe, expect, it } from 'vitest';
import { yamlCases } from '../__fixtures__/yaml-cases.js';
import { createTechnologyIndex } from './index.js';

const index = createTechnologyIndex();
/** A technology reference with no family of its own and nothing said in parentheses. */
const ref = (name: string, category: string | null) => ({
  name,
  category,
  family: name,
  qualifiers: [],
});
const names = (raw: string) =>
  index.split(raw).map((ref) => (ref.known ? ref.name : `?${ref.name}`));

describe('split', () => {
  it.each(yamlCases<string[]>(new URL('./__fixtures__/split.yaml', import.meta.url)))(
    '%j -> %j',
    (raw, expected) => {
      expect(names(raw)).toEqual(expected);
    },
  );

  it('gives known technologies their category and unknown ones none', () => {
    expect(index.split('Redis + Chronon')).toEqual([
      { ...ref('Redis', 'Cache / Online Store'), known: true },
      { ...ref('Chronon', null), known: false },
    ]);
  });

  it.each([
    ['Kafka + Flink', 'kafka+flink'],
    ['Kafka + Flink', '  APACHE KAFKA   +   Apache Flink '],
    ['Feast (Redis, BigQuery)', 'Feast(Redis,BigQuery)'],
    ['scikit-learn', 'Scikit Learn'],
  ])('%j and %j split the same', (a, b) => {
    expect(index.split(a)).toEqual(index.split(b));
  });

  it('is deterministic on a 100 KB cell', () => {
    const cell = 'Kafka + Flink, custom Foo service (Redis online) / Pub/Sub & W&B; '.repeat(1_600);
    const first = index.split(cell);
    expect(first.map((ref) => ref.name)).toEqual([
      'Kafka',
      'Flink',
      'Foo',
      'Redis',
      'Pub/Sub',
      'Weights & Biases',
    ]);
    expect(index.split(cell)).toEqual(first);
  });

  it.each([
    '/'.repeat(100_000),
    '('.repeat(100_000),
    '[a]('.repeat(25_000),
    'a '.repeat(50_000),
    'x&'.repeat(50_000),
  ])('survives hostile input %#', (cell) => {
    expect(() => index.split(cell)).not.toThrow();
    expect(() => index.mentions(cell)).not.toThrow();
  });
});

describe('mentions', () => {
  it.each([
    ['Tecton: managed, but cost and vendor lock-in', ['Tecton']],
    ['Feast + Chronon', ['Feast']],
    ['Kinesis instead of Kafka; Kafka needs an ops team', ['Kinesis', 'Kafka']],
    ['Lambda architecture (Spark + Storm)', ['Spark']],
    [
      'Managed SageMaker endpoints vs self-hosted KServe on EKS',
      ['SageMaker Endpoints', 'KServe', 'EKS'],
    ],
    ['Build our own feature store', []],
    ['', []],
  ])('%j -> %j', (text, expected) => {
    expect(index.mentions(text)).toEqual(expected);
  });
});

describe('lookup', () => {
  it.each([
    ['Kafka', 'Kafka'],
    ['apache  KAFKA', 'Kafka'],
    ['Apache-Kafka', 'Kafka'],
    ['pub / sub', 'Pub/Sub'],
    ['**W&B**', 'Weights & Biases'],
    ['k8s', 'Kubernetes'],
    ['great_expectations', 'Great Expectations'],
    ['TF-Lite', 'TensorFlow Lite'],
  ])('%j -> %s', (text, name) => {
    expect(index.lookup(text)?.name).toBe(name);
  });

  it.each(['Kafka + Flink', 'Kafkaesque', 'CI/CD', ''])('%j -> undefined', (text) => {
    expect(index.lookup(text)).toBeUndefined();
  });
});

describe('extras', () => {
  it('adds new technologies', () => {
    const custom = createTechnologyIndex([
      { name: 'Chronon', category: 'Feature Store', aliases: ['Airbnb Chronon'] },
    ]);
    expect(custom.split('Airbnb Chronon + Redis')).toEqual([
      { ...ref('Chronon', 'Feature Store'), known: true },
      { ...ref('Redis', 'Cache / Online Store'), known: true },
    ]);
    expect(custom.mentions('we tried chronon')).toEqual(['Chronon']);
  });

  it('overrides a built-in of the same name but keeps its spellings', () => {
    const custom = createTechnologyIndex([
      { name: 'Kafka', category: 'Messaging', aliases: ['Event Bus'] },
    ]);
    expect(custom.split('Event Bus, MSK')).toEqual([{ ...ref('Kafka', 'Messaging'), known: true }]);
    expect(custom.lookup('Apache Kafka')?.category).toBe('Messaging');
    expect(custom.technologies.filter((technology) => technology.name === 'Kafka')).toHaveLength(1);
  });

  it('takes over a built-in alias', () => {
    const custom = createTechnologyIndex([
      { name: 'Confluent Platform', category: 'Event Streaming', aliases: ['Confluent'] },
    ]);
    expect(custom.lookup('Confluent')?.name).toBe('Confluent Platform');
    expect(custom.lookup('Apache Kafka')?.name).toBe('Kafka');
    expect(custom.technologies.find((t) => t.name === 'Kafka')?.aliases).not.toContain('Confluent');
  });

  it('takes over a built-in canonical name used as an alias', () => {
    const custom = createTechnologyIndex([
      { name: 'Our Spark', category: 'Batch Processing', aliases: ['Spark'] },
    ]);
    expect(custom.split('Spark')).toEqual([
      { ...ref('Our Spark', 'Batch Processing'), known: true },
    ]);
  });

  it('leaves the built-ins alone', () => {
    createTechnologyIndex([{ name: 'Kafka', category: 'Messaging', aliases: [] }]);
    expect(createTechnologyIndex().lookup('Kafka')?.category).toBe('Event Streaming');
  });
});

describe('suggest', () => {
  it.each([
    ['Kafak', 'Kafka'],
    ['Snowflak', 'Snowflake'],
    ['Airflwo', 'Airflow'],
    ['Kubernetse', 'Kubernetes'],
    ['Chronon', undefined],
    ['Hightouch', undefined],
    ['Rayy', 'Ray'],
    ['Dsk', undefined],
  ])('%j -> %j', (name, suggestion) => {
    expect(index.suggest(name)).toBe(suggestion);
  });
});
