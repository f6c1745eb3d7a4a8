import { describe, expect, it } from 'vitest';
import { makeContext, makeModel } from './__fixtures__/model.js';
import type { CatalogModel } from '../engine/types.js';
import { catalogJson, formatJson, streamCatalogJson } from './json.js';

describe('formatJson', () => {
  it('is the model as JSON, two-space indented, with a final newline', () => {
    const model = makeModel();
    const output = formatJson(model, makeContext());
    expect(output.endsWith('}\n')).toBe(true);
    // Same data (undefined values dropped), same layout as JSON.stringify.
    expect(JSON.parse(output)).toEqual(JSON.parse(JSON.stringify(model)));
    expect(output).toBe(JSON.stringify(JSON.parse(output), null, 2) + '\n');
  });

  it('keeps the key order the model was built in', () => {
    const model = JSON.parse(formatJson(makeModel(), makeContext())) as ReturnType<
      typeof makeModel
    >;
    expect(Object.keys(model)).toEqual([
      'schemaVersion',
      'root',
      'useCases',
      'diagnostics',
      'summary',
    ]);
    expect(Object.keys(model.useCases[0]!)).toEqual([
      'id',
      'name',
      'dir',
      'phase',
      'status',
      'lastUpdated',
      'documents',
      'design',
      'errors',
      'warnings',
    ]);
    expect(Object.keys(model.diagnostics[0]!)).toEqual([
      'ruleId',
      'severity',
      'file',
      'line',
      'column',
      'message',
      'hint',
      'section',
    ]);
    expect(Object.keys(model.summary)).toEqual(['useCases', 'documents', 'errors', 'warnings']);
    expect(Object.keys(model.useCases[0]!.design!.components)).toEqual([
      'Serving Layer',
      'Data Layer',
    ]);
  });

  it('omits undefined values', () => {
    const output = formatJson(makeModel(), makeContext());
    expect(output).not.toContain('undefined');
    // UC-002 has `lastUpdated: undefined`.
    expect(output.match(/"lastUpdated"/g)).toHaveLength(1);
  });
});

describe('streamCatalogJson', () => {
  const joined = (model: CatalogModel): string[] => {
    const pieces: string[] = [];
    streamCatalogJson(model, (piece) => pieces.push(piece));
    return pieces;
  };

  it('gives, joined, exactly what catalogJson gives, in many pieces', () => {
    const model = makeModel();
    const pieces = joined(model);
    expect(pieces.join('')).toBe(catalogJson(model));
    expect(pieces.length).toBeGreaterThan(model.useCases.length);
  });

  it('lays out empty lists, undefined members and special numbers as JSON.stringify does', () => {
    const model = { ...makeModel(), useCases: [], extra: [undefined, NaN, {}], skipped: undefined };
    expect(joined(model as CatalogModel).join('')).toBe(catalogJson(model as CatalogModel));
  });
});
