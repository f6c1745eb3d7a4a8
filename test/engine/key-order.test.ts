import { describe, expect, it } from 'vitest';
import type { CatalogModel } from '../../plugins/architecture-catalog/src/engine/types.js';
import { catalogOf, fixture, REPO_ROOT } from '../helpers.js';

/**
 * catalog.json is `JSON.stringify` of the model, so the engine must build
 * every object with its keys in the order `types.ts` documents (a key that
 * is absent is left out, the others keep their places).
 */
const ORDER = {
  model: ['schemaVersion', 'root', 'useCases', 'diagnostics', 'summary'],
  useCase: [
    'id',
    'name',
    'dir',
    'phase',
    'status',
    'lastUpdated',
    'operator',
    'handoffDate',
    'nextAction',
    'documents',
    'design',
    'errors',
    'warnings',
  ],
  document: ['path', 'kind'],
  design: [
    'file',
    'title',
    'patterns',
    'rationale',
    'requirements',
    'constraints',
    'components',
    'technologies',
    'integrations',
    'risks',
    'alternatives',
    'frontMatter',
  ],
  requirements: [
    'latencyMs',
    'throughputPerSecond',
    'throughputStated',
    'availability',
    'freshnessSeconds',
    'rows',
  ],
  technologyChoice: ['component', 'raw', 'rationale', 'technologies'],
  technology: ['name', 'category', 'known', 'family', 'qualifiers'],
  alternative: ['alternative', 'pros', 'cons', 'whyNotSelected', 'technologies'],
  diagnostic: ['ruleId', 'severity', 'file', 'line', 'column', 'message', 'hint', 'section'],
  summary: ['useCases', 'documents', 'errors', 'warnings'],
} as const;

function expectOrder(value: object, order: readonly string[], what: string): void {
  const keys = Object.keys(value);
  expect(
    keys.filter((key) => order.includes(key)),
    what,
  ).toEqual(order.filter((key) => keys.includes(key)));
  expect(
    keys.filter((key) => !order.includes(key)),
    `${what}: undocumented keys`,
  ).toEqual([]);
}

function expectModelOrder(model: CatalogModel): void {
  expectOrder(model, ORDER.model, 'model');
  expectOrder(model.summary, ORDER.summary, 'summary');
  for (const diagnostic of model.diagnostics)
    expectOrder(diagnostic, ORDER.diagnostic, 'diagnostic');
  for (const useCase of model.useCases) {
    expectOrder(useCase, ORDER.useCase, useCase.dir);
    for (const document of useCase.documents) expectOrder(document, ORDER.document, document.path);
    const design = useCase.design;
    if (!design) continue;
    expectOrder(design, ORDER.design, design.file);
    expectOrder(design.requirements, ORDER.requirements, `${design.file} requirements`);
    for (const choice of design.technologies) {
      expectOrder(choice, ORDER.technologyChoice, `${design.file} technology choice`);
      for (const ref of choice.technologies) expectOrder(ref, ORDER.technology, ref.name);
    }
    for (const alternative of design.alternatives) {
      expectOrder(alternative, ORDER.alternative, `${design.file} alternative`);
    }
  }
}

describe('the model is built in its documented key order', () => {
  it.each([
    ['the sample workspaces', `${REPO_ROOT}/AE01_Implementations`],
    ['a tree with every kind of problem', fixture('trees', 'mixed')],
  ])('for %s', (_name, root) => {
    const model = catalogOf(root);
    expect(model.useCases.length).toBeGreaterThan(1);
    expect(model.useCases.some((useCase) => useCase.design)).toBe(true);
    expectModelOrder(model);
  });
});
