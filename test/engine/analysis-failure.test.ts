import { describe, expect, it, vi } from 'vitest';
import type * as DesignModule from '../../plugins/architecture-catalog/src/engine/model/design.js';
import { buildCatalogWithStats } from '../../plugins/architecture-catalog/src/engine/build-catalog.js';
import { DEFAULT_CONFIG } from '../../plugins/architecture-catalog/src/engine/config/config.js';
import { scanTree } from '../../plugins/architecture-catalog/src/engine/scan/scan-tree.js';
import { designText, statusText } from '../hostile/corpus/documents.js';
import { tempDir, writeTree } from '../helpers.js';

const FAILING = 'UC-001_Fails/02_Architecture/Architecture_Design.md';

// As a bug in the model would: the design of one workspace throws.
vi.mock('../../plugins/architecture-catalog/src/engine/model/design.js', async (original) => {
  const real = await original<typeof DesignModule>();
  return {
    ...real,
    buildDesign: (...args: Parameters<typeof real.buildDesign>) => {
      if (args[0].file === FAILING) throw new Error('index out of range');
      return real.buildDesign(...args);
    },
  };
});

describe('a design the engine fails on', () => {
  it('is a parse-error on that design; the use case and the rest of the tree stay', () => {
    const temp = tempDir();
    try {
      writeTree(temp.dir, {
        'UC-001_Fails/00_Status.md': statusText('UC-001', 'Fails'),
        [FAILING]: designText(),
        'UC-002_Fine/00_Status.md': statusText('UC-002', 'Fine'),
        'UC-002_Fine/02_Architecture/Architecture_Design.md': designText(),
      });
      const scan = scanTree(temp.dir);
      const problemsBefore = scan.problems.length;
      const progress: [number, number][] = [];
      const { model } = buildCatalogWithStats({
        rootDir: temp.dir,
        displayRoot: 'root',
        config: DEFAULT_CONFIG,
        scan,
        onProgress: (done, total) => progress.push([done, total]),
      });
      expect(model.useCases.map((useCase) => [useCase.id, useCase.design !== null])).toEqual([
        ['UC-001', false],
        ['UC-002', true],
      ]);
      expect(model.diagnostics.filter((d) => d.ruleId === 'parse-error')).toEqual([
        expect.objectContaining({
          file: FAILING,
          line: 1,
          column: 1,
          message: `${FAILING} could not be analysed (index out of range)`,
        }),
      ]);
      // The scan is the scan's: what the analysis found is not appended to it.
      expect(scan.problems).toHaveLength(problemsBefore);
      // Progress counts every design, the failed one included.
      expect(progress).toEqual([
        [1, 2],
        [2, 2],
      ]);
    } finally {
      temp.cleanup();
    }
  });
});
