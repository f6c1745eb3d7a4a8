import { describe, expect, it } from 'vitest';
import { diffCatalogs } from '../../plugins/architecture-catalog/src/engine/diff/catalog-diff.js';
import { catalogOf, tempDir, writeTree } from '../helpers.js';
import { BASE_TREE, HEAD_TREE } from './trees.js';

function modelOf(tree: Record<string, string>) {
  const temp = tempDir('arch-catalog-diff-');
  try {
    writeTree(temp.dir, tree);
    return catalogOf(temp.dir);
  } finally {
    temp.cleanup();
  }
}

const diff = diffCatalogs(modelOf(BASE_TREE), modelOf(HEAD_TREE));
const of = (id: string) => diff.changed.find((useCase) => useCase.id === id);

describe('diffCatalogs', () => {
  it('finds the use cases added and removed, and only the changed ones', () => {
    expect(diff.added.map((useCase) => useCase.dir)).toEqual(['UC-004_Delta']);
    expect(diff.removed.map((useCase) => useCase.dir)).toEqual(['UC-003_Gamma']);
    expect(diff.changed.map((useCase) => useCase.id)).toEqual(['UC-001', 'UC-002', 'UC-005']);
  });

  it('says which way each requirement moved, with both values as stated', () => {
    expect(of('UC-001')?.requirements).toEqual([
      { kind: 'latency', from: 'p99 < 50 ms', to: 'p99 < 20 ms', direction: 'tightened' },
      { kind: 'throughput', from: '2,000 req/s', to: '1,000 req/s', direction: 'loosened' },
    ]);
  });

  it('lists patterns, technologies, families and alternatives added and removed', () => {
    expect(of('UC-001')).toMatchObject({
      patterns: { added: [], removed: ['Real-Time Serving'] },
      technologies: { added: ['Kinesis'], removed: ['Kafka'] },
      families: { added: ['Kinesis'], removed: ['Kafka'] },
      alternatives: { added: ['Kafka'], removed: [] },
      renamedFrom: null,
    });
  });

  it('follows a renamed workspace without reporting its problems again', () => {
    expect(of('UC-002')).toMatchObject({
      dir: 'UC-002_Beta_Renamed',
      renamedFrom: 'UC-002_Beta',
      diagnostics: { added: [], fixed: [] },
    });
  });

  it('tells problems fixed from problems new, by fingerprint', () => {
    const uc5 = of('UC-005')!;
    expect(uc5.diagnostics.fixed.map((d) => d.ruleId)).toEqual(['missing-pattern']);
    expect(uc5.diagnostics.added.map((d) => d.ruleId)).toEqual(['missing-rationale']);
    expect(diff.summary).toEqual({
      added: 1,
      removed: 1,
      changed: 3,
      newErrors: 1,
      newWarnings: 0,
      fixedErrors: 1,
      fixedWarnings: 0,
    });
  });

  it('finds nothing between a catalog and itself', () => {
    const model = modelOf(BASE_TREE);
    expect(diffCatalogs(model, model)).toMatchObject({ added: [], removed: [], changed: [] });
  });
});
