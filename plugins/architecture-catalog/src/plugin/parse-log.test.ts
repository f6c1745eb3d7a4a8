import { describe, expect, it } from 'vitest';
import { parseLogLine, renderLogLine } from './parse-log.js';

describe('parseLogLine', () => {
  it('counts the documents parsed against all, naming them when few', () => {
    expect(parseLogLine({ parsed: ['a.md', 'b.md'], reused: 0 }, false)).toBe(
      '[arch-catalog] parsed 2 of 2 documents: a.md, b.md\n',
    );
    expect(parseLogLine({ parsed: ['UC-1/x.md'], reused: 41 }, true)).toBe(
      '[arch-catalog] re-parsed 1 of 42 documents: UC-1/x.md\n',
    );
    const many = Array.from({ length: 42 }, (_, index) => `${index}.md`);
    expect(parseLogLine({ parsed: many, reused: 0 }, false)).toBe(
      '[arch-catalog] parsed 42 of 42 documents\n',
    );
  });
});

describe('renderLogLine', () => {
  it('counts the documents rendered against all', () => {
    expect(renderLogLine({ rendered: 1, reused: 41 })).toBe(
      '[arch-catalog] rendered 1 of 42 documents\n',
    );
  });
});
