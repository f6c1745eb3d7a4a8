import { describe, expect, it } from 'vitest';
import { canonicalFacet, matchesQuery } from './search.js';

const SYNONYMS = {
  Kafka: ['Apache Kafka', 'MSK', 'Amazon MSK'],
  Embedded: ['Edge', 'On-Device'],
  'SageMaker Endpoints': ['SageMaker Inference', 'SageMaker'],
};
const useCase = {
  id: 'UC-003',
  name: 'Fraud Detection',
  patterns: [{ name: 'Embedded', url: '/p' }],
  technologies: ['Kafka', 'SageMaker Endpoints'],
};

describe('matchesQuery', () => {
  it.each([
    'apache kafka',
    'MSK',
    'kafka',
    'edge',
    'on device',
    'sagemaker',
    'uc-003',
    'fraud',
    '',
  ])('%j finds the use case', (query) => expect(matchesQuery(useCase, query, SYNONYMS)).toBe(true));

  it.each(['flink', 'batch', 'uc-004'])('%j does not', (query) =>
    expect(matchesQuery(useCase, query, SYNONYMS)).toBe(false),
  );

  it('reads no inherited property as a synonym list', () => {
    const odd = { ...useCase, technologies: ['constructor'] };
    expect(matchesQuery(odd, 'function', {})).toBe(false);
  });
});

describe('canonicalFacet', () => {
  const names = ['Kafka', 'Streaming', 'Embedded'];
  it.each([
    ['streaming', 'Streaming'],
    ['STREAMING', 'Streaming'],
    ['kafka', 'Kafka'],
    ['msk', 'Kafka'],
    ['apache-kafka', 'Kafka'],
    ['edge', 'Embedded'],
    ['Kafka', 'Kafka'],
    ['', ''],
    ['Pulsar', 'Pulsar'],
  ])('%j is %j', (value, canonical) =>
    expect(canonicalFacet(value, names, SYNONYMS)).toBe(canonical),
  );
});
