import { describe, expect, it } from 'vitest';
import { makeContext, makeModel } from './__fixtures__/model.js';
import {
  catalogJson,
  formatJson,
  stableStringify,
  streamCatalogJson,
  streamStableJson,
} from './json.js';

/** A deep copy whose objects have their keys inserted in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, child]) => [key, reverseKeys(child)]),
  );
}

describe('formatJson', () => {
  it('is the model as JSON, two-space indented, with a final newline', () => {
    const model = makeModel();
    const output = formatJson(model, makeContext());
    expect(output.endsWith('}\n')).toBe(true);
    // Same data (undefined values dropped), same layout as JSON.stringify.
    expect(JSON.parse(output)).toEqual(JSON.parse(JSON.stringify(model)));
    expect(output).toBe(JSON.stringify(JSON.parse(output), null, 2) + '\n');
  });

  it('does not depend on the order in which keys were inserted', () => {
    const model = makeModel();
    const reversed = reverseKeys(model) as typeof model;
    expect(Object.keys(reversed)[0]).toBe('summary');
    expect(formatJson(reversed, makeContext())).toBe(formatJson(model, makeContext()));
  });

  it('keeps the documented key order, other keys sorted', () => {
    // The fixture inserts `components` as Serving Layer, then Data Layer.
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
      'Data Layer',
      'Serving Layer',
    ]);
  });

  it('omits undefined values', () => {
    const output = formatJson(makeModel(), makeContext());
    expect(output).not.toContain('undefined');
    // UC-002 has `lastUpdated: undefined`.
    expect(output.match(/"lastUpdated"/g)).toHaveLength(1);
  });
});

describe('stableStringify', () => {
  it('sorts keys of unknown objects: index keys numerically first, then by code unit', () => {
    expect(stableStringify({ b: 1, 10: 'x', B: 2, a: { d: [], c: {} }, 9: true, '09': 0 })).toBe(
      '{\n  "9": true,\n  "10": "x",\n  "09": 0,\n  "B": 2,\n  "a": {\n    "c": {},\n    "d": []\n  },\n  "b": 1\n}',
    );
  });

  it('treats special values like JSON.stringify', () => {
    const value = {
      a: undefined,
      b: [undefined, NaN, Infinity, () => 1],
      c: 'é"\n',
      d: null,
      e: -0.5,
    };
    expect(stableStringify(value)).toBe(JSON.stringify(value, null, 2));
  });

  it('keeps a shape that names an index key after another key, at any depth', () => {
    const shape = { head: ['name', '7'], children: { list: { head: ['b', '1'] } } };
    const value = { 7: 'seven', list: [{ 1: 'one', b: 'bee' }], name: 'n', 2: 'two' };
    expect(stableStringify(value, shape)).toBe(
      '{\n  "name": "n",\n  "7": "seven",\n  "2": "two",\n  "list": [\n    {\n      "b": "bee",\n      "1": "one"\n    }\n  ]\n}',
    );
    expect(stableStringify({ outer: value }, { head: [], children: { outer: shape } })).toBe(
      `{\n  "outer": ${stableStringify(value, shape).replace(/\n/g, '\n  ')}\n}`,
    );
  });

  it('writes a key named __proto__ as a key', () => {
    const value = JSON.parse('{"__proto__": {"x": 1}, "a": 2}') as unknown;
    expect(stableStringify(value)).toBe('{\n  "__proto__": {\n    "x": 1\n  },\n  "a": 2\n}');
  });

  it('refuses cycles but accepts shared references', () => {
    const shared = { x: 1 };
    expect(stableStringify([shared, shared])).toBe(JSON.stringify([shared, shared], null, 2));
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => stableStringify(cyclic)).toThrow(/circular/);
  });
});

describe('streamStableJson and streamCatalogJson', () => {
  const joined = (value: unknown, levels: number): string => {
    const pieces: string[] = [];
    streamStableJson(value, { head: [] }, (piece) => pieces.push(piece), levels);
    return pieces.join('');
  };

  it('give, joined, exactly what catalogJson gives, in many pieces', () => {
    const model = makeModel();
    const pieces: string[] = [];
    streamCatalogJson(model, (piece) => pieces.push(piece));
    expect(pieces.join('')).toBe(catalogJson(model));
    expect(pieces.length).toBeGreaterThan(model.useCases.length);
  });

  it('lay out every kind of value as stableStringify does, at any depth', () => {
    const values: unknown[] = [
      {},
      [],
      { a: [], b: {}, c: [1, undefined, () => 1], d: undefined, 10: 'x', 2: null },
      [[], [{}], { z: 1, a: [2, 3] }],
      'text',
      Number.NaN,
      { nested: { deeper: { deepest: [1, { x: 'y' }] } } },
    ];
    for (const value of values) {
      for (const levels of [0, 1, 2, 5]) expect(joined(value, levels)).toBe(stableStringify(value));
    }
  });

  it('refuses cycles', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = { again: cycle };
    expect(() => joined(cycle, 3)).toThrow(/circular/);
  });
});
