import { describe, expect, it } from 'vitest';
import { yamlCases } from '../__fixtures__/yaml-cases.js';
import { BUILTIN_PATTERN_NAMES } from './builtin.js';
import { recognizePatterns } from './recognize.js';

const KNOWN = BUILTIN_PATTERN_NAMES;

describe('recognizePatterns', () => {
  it.each(yamlCases<string[]>(new URL('./__fixtures__/patterns.yaml', import.meta.url)))(
    '%j -> %j',
    (raw, patterns) => {
      expect(recognizePatterns(raw, KNOWN).patterns).toEqual(patterns);
    },
  );

  it.each([
    ['Hybrid', ['Hybrid']],
    ['Lambda architecture', ['Lambda architecture']],
    ['Batch Prediction + Federated Learning.', ['Federated Learning']],
    ['Realtime API', ['Realtime API']],
    ['Hybrid + hybrid', ['Hybrid']],
    ['Real-Time Serving with Streaming features', ['Streaming features']],
  ])('%j -> unknown %j', (raw, unknown) => {
    expect(recognizePatterns(raw, KNOWN).unknown).toEqual(unknown);
  });

  it('splits a known and an unknown part', () => {
    expect(recognizePatterns('Batch Prediction + Hybrid', KNOWN)).toEqual({
      patterns: ['Batch Prediction'],
      unknown: ['Hybrid'],
    });
  });

  it.each(['', '   ', '+', '()', 'Pattern', '**'])('%j names nothing', (raw) => {
    expect(recognizePatterns(raw, KNOWN)).toEqual({ patterns: [], unknown: [] });
  });

  it('recognizes names a config adds', () => {
    const known = [...KNOWN, 'Federated Learning', 'RAG'];
    expect(recognizePatterns('Federated learning + Batch', known)).toEqual({
      patterns: ['Federated Learning', 'Batch Prediction'],
      unknown: [],
    });
    expect(recognizePatterns('rag', known).patterns).toEqual(['RAG']);
  });

  it('returns the config spelling of a built-in', () => {
    expect(recognizePatterns('Online serving', ['Real-time Serving']).patterns).toEqual([
      'Real-time Serving',
    ]);
  });

  it('does not recognize a built-in the config leaves out', () => {
    expect(recognizePatterns('Edge + Batch', ['Batch Prediction'])).toEqual({
      patterns: ['Batch Prediction'],
      unknown: ['Edge'],
    });
  });

  it('reads a 100 KB field', () => {
    const inputs = [
      '.'.repeat(100_000) + 'x',
      'Batch + '.repeat(12_000),
      '('.repeat(100_000),
      ' and '.repeat(20_000),
      'Pattern '.repeat(12_000),
    ];
    for (const raw of inputs) expect(() => recognizePatterns(raw, KNOWN)).not.toThrow();
  });
});
