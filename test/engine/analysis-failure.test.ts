import { describe, expect, it } from 'vitest';
import { buildCatalogWithStats } from '../../plugins/architecture-catalog/src/engine/build-catalog.js';
import { DEFAULT_CONFIG } from '../../plugins/architecture-catalog/src/engine/config/config.js';
import { scanTree } from '../../plugins/architecture-catalog/src/engine/scan/scan-tree.js';
import { designText, statusText } from '../hostile/corpus/documents.js';
import { tempDir, writeTree } from '../helpers.js';

describe('a design the engine fails on', () => {
  it('is a parse-error on that design; the use case and the rest of the tree stay', () => {
    const temp = tempDir();
    try {
      const design = (folder: string) => `${folder}/02_Architecture/Architecture_Design.md`;
      writeTree(temp.dir, {
        'UC-001_Fails/00_Status.md': statusText('UC-001', 'Fails'),
        [design('UC-001_Fails')]: designText(),
        'UC-002_Fine/00_Status.md': statusText('UC-002', 'Fine'),
        [design('UC-002_Fine')]: designText(),
      });
      const scan = scanTree(temp.dir);
      const problemsBefore = scan.problems.length;
      const { model } = buildCatalogWithStats({
        rootDir: temp.dir,
        displayRoot: 'root',
        config: DEFAULT_CONFIG,
        scan,
        // As a worker thread reports an analysis that threw.
        prepared: new Map([[design('UC-001_Fails'), { failure: 'index out of range' }]]),
      });
      expect(model.useCases.map((useCase) => [useCase.id, useCase.design !== null])).toEqual([
        ['UC-001', false],
        ['UC-002', true],
      ]);
      expect(model.diagnostics.filter((d) => d.ruleId === 'parse-error')).toEqual([
        expect.objectContaining({
          file: design('UC-001_Fails'),
          line: 1,
          column: 1,
          message: `${design('UC-001_Fails')} could not be analysed (index out of range)`,
        }),
      ]);
      // The scan is the scan's: what the analysis found is not appended to it.
      expect(scan.problems).toHaveLength(problemsBefore);
    } finally {
      temp.cleanup();
    }
  });
});
