import { describe, expect, it } from 'vitest';
import { createTechnologyIndex } from './index.js';

const index = createTechnologyIndex();

/** `Name [qualifier, ...]`, `?Name` when unknown. */
const read = (raw: string) =>
  index.split(raw).map((ref) => {
    const name = ref.known ? ref.name : `?${ref.name}`;
    return ref.qualifiers.length > 0 ? `${name} [${ref.qualifiers.join(', ')}]` : name;
  });

describe('words in parentheses', () => {
  it.each([
    ['TF Lite (int8)', ['TensorFlow Lite [int8]']],
    ['LightGBM (quantile)', ['LightGBM [quantile]']],
    ['Amazon S3 (KMS, PHI account)', ['S3 [KMS, PHI account]']],
    ['PyTorch (autoencoder), XGBoost', ['PyTorch [autoencoder]', 'XGBoost']],
    ['Triton Inference Server (FIL backend)', ['Triton Inference Server [FIL backend]']],
    ['RDS PostgreSQL (Multi-AZ)', ['RDS', 'PostgreSQL [Multi-AZ]']],
    ['LightGBM (SynapseML)', ['LightGBM [SynapseML]']],
    // Known names in parentheses are technologies of their own.
    ['Feature store (Feast)', ['Feast']],
    ['Feast (Redis online, BigQuery offline)', ['Feast', 'Redis', 'BigQuery']],
    ['K8s (EKS)', ['Kubernetes', 'EKS']],
    ['MLflow (Databricks-managed)', ['MLflow', 'Databricks']],
  ])('%j reads %j', (raw, expected) => {
    expect(read(raw)).toEqual(expected);
  });

  it('keeps a qualifier with nothing before it out of the technologies', () => {
    expect(read('(int8)')).toEqual([]);
  });
});

describe('names', () => {
  it.each([
    ['Unity Catalog', ['?Unity Catalog']],
    ['Cloud Monitoring, Grafana', ['Google Cloud Monitoring', 'Grafana']],
    ['in-house Chronon cluster', ['?Chronon']],
    ['Chronon Feature Store', ['?Chronon Feature Store']],
    ['Snowflake ML (in-warehouse training)', ['Snowflake ML [in-warehouse training]']],
  ])('%j reads %j', (raw, expected) => {
    expect(read(raw)).toEqual(expected);
  });
});

describe('families', () => {
  it.each([
    ['SageMaker Training', 'SageMaker'],
    ['SageMaker Endpoints', 'SageMaker'],
    ['SageMaker Pipelines', 'SageMaker'],
    ['AWS SageMaker', 'SageMaker'],
    ['Spark Structured Streaming', 'Spark'],
    ['Vertex AI Training', 'Vertex AI'],
    ['Kinesis Data Firehose', 'Kinesis'],
    ['Snowflake ML', 'Snowflake'],
    ['Kafka', 'Kafka'],
  ])('%j belongs to %j', (raw, family) => {
    expect(index.split(raw).map((ref) => ref.family)).toEqual([family]);
  });

  it('gives an unknown name its own family', () => {
    expect(index.split('Chronon')).toEqual([
      { name: 'Chronon', category: null, known: false, family: 'Chronon', qualifiers: [] },
    ]);
  });
});
