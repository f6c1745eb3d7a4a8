import { describe, expect, it } from 'vitest';
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
  it.each([
    ['Kafka', ['Kafka']],
    ['Apache Kafka', ['Kafka']],
    ['kafka', ['Kafka']],
    ['Confluent Kafka', ['Kafka']],
    ['Amazon MSK', ['Kafka']],
    ['Apache Kafka + Flink', ['Kafka', 'Flink']],
    ['Kubernetes + KServe', ['Kubernetes', 'KServe']],
    ['Spark on Databricks', ['Spark', 'Databricks']],
    ['Feast (Redis online, BigQuery offline)', ['Feast', 'Redis', 'BigQuery']],
    ['Feast (Redis online / BigQuery offline)', ['Feast', 'Redis', 'BigQuery']],
    ['MLflow Model Registry', ['MLflow Model Registry']],
    ['MLflow (tracking + registry)', ['MLflow']],
    ['Google Pub/Sub', ['Pub/Sub']],
    ['Pub/Sub + Dataflow', ['Pub/Sub', 'Dataflow']],
    ['Kafka/Kinesis', ['Kafka', 'Kinesis']],
    ['Weights & Biases', ['Weights & Biases']],
    ['W&B', ['Weights & Biases']],
    ['wandb', ['Weights & Biases']],
    ['Weights and Biases or MLflow', ['Weights & Biases', 'MLflow']],
    ['Great Expectations & Soda', ['Great Expectations', 'Soda']],
    ['CI/CD (GitHub Actions)', ['GitHub Actions']],
    ['[Feast](https://feast.dev)', ['Feast']],
    ['**Kafka** (`MSK`)', ['Kafka']],
    ['Redis or Memcached', ['Redis', 'Memcached']],
    ['Airflow (MWAA) with dbt', ['Airflow', 'MWAA', 'dbt']],
    ['Airflow; dbt; Great Expectations', ['Airflow', 'dbt', 'Great Expectations']],
    ['TF Serving', ['TensorFlow Serving']],
    ['TensorFlow + TF Serving', ['TensorFlow', 'TensorFlow Serving']],
    ['TFLite / CoreML', ['TensorFlow Lite', 'Core ML']],
    ['TF Lite and Core ML', ['TensorFlow Lite', 'Core ML']],
    ['sklearn, XGBoost 1.7', ['scikit-learn', 'XGBoost']],
    ['scikit-learn', ['scikit-learn']],
    ['Postgres 15', ['PostgreSQL']],
    ['K8s (EKS)', ['Kubernetes', 'EKS']],
    ['AWS S3 + Delta Lake', ['S3', 'Delta Lake']],
    ['Amazon S3', ['S3']],
    ['S3 with Object Lock', ['S3']],
    ['S3 versioning + Object Lock retention', ['S3']],
    ['Postgres read replicas, encrypted snapshots', ['PostgreSQL']],
    ['Google BigQuery', ['BigQuery']],
    ['BQ', ['BigQuery']],
    ['AWS Step Functions', ['Step Functions']],
    ['Step Functions / Lambda', ['Step Functions', 'Lambda']],
    ['Evidently + Prometheus/Grafana', ['Evidently', 'Prometheus', 'Grafana']],
    ['Triton on GKE', ['Triton Inference Server', 'GKE']],
    ['FastAPI on Cloud Run', ['FastAPI', 'Cloud Run']],
    ['PyTorch → ONNX → TensorRT', ['PyTorch', 'ONNX', 'TensorRT']],
    ['ONNX Runtime', ['ONNX Runtime']],
    ['Ray Tune via Optuna', ['Ray Tune', 'Optuna']],
    ['SageMaker Endpoints with auto-scaling', ['SageMaker Endpoints']],
    ['SageMaker', ['SageMaker']],
    ['Vertex AI Feature Store', ['Vertex AI Feature Store']],
    ['self-hosted MLflow on EKS', ['MLflow', 'EKS']],
    ['Managed Airflow', ['Airflow']],
    ['Kafka, Kafka, kafka', ['Kafka']],
    ['Custom Python service', []],
    ['In-house Go service', []],
    ['Custom drift detector', []],
    ['online', []],
    ['TBD', []],
    ['N/A', []],
    ['', []],
    ['Lambda architecture', []],
    ['Chronon (internal)', ['?Chronon']],
    ['Feast + Chronon', ['Feast', '?Chronon']],
    ['In-house Foo-like OLAP store (Rockset)', ['?Foo-like OLAP']],
    ['GrowthBook for A/B testing', ['?GrowthBook']],
    ['Spark (PySpark) on EMR', ['Spark', 'EMR']],
  ])('%j -> %j', (raw, expected) => {
    expect(names(raw)).toEqual(expected);
  });

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
