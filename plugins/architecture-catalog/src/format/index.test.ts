import { describe, expect, it } from 'vitest';
import { makeContext, makeModel } from './__fixtures__/model.js';
import { FORMAT_NAMES, FORMATTERS, isFormatName } from './index.js';

describe('FORMATTERS', () => {
  it('has a formatter for every format name, each ending its output with a newline', () => {
    expect(Object.keys(FORMATTERS).sort()).toEqual([...FORMAT_NAMES].sort());
    for (const name of FORMAT_NAMES) {
      const output = FORMATTERS[name](makeModel(), makeContext());
      expect(output.endsWith('\n'), name).toBe(true);
    }
  });

  it('recognises format names', () => {
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('stylish')).toBe(false);
    expect(isFormatName('toString')).toBe(false);
  });
});
