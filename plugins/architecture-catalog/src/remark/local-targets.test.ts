import { describe, expect, it } from 'vitest';
import { customAnchorOf } from './local-targets.js';

/** The regex the scan replaces: right on every text, but quadratic on `{#{#{#...`. */
const CUSTOM_ID = /\{#([^}\s]+)\}\s*$/;

describe('customAnchorOf', () => {
  it.each([
    ['Status {#status}', 'status'],
    ['Status {#status}  ', 'status'],
    ['a {#x{#y}', 'x{#y'],
    ['Status', undefined],
    ['Status {#}', undefined],
    ['Status {#a b}', undefined],
    ['Status {#a}b', undefined],
    ['{#a}}', undefined],
  ])('%j -> %j', (text, id) => {
    expect(customAnchorOf(text)).toBe(id);
  });

  it('reads every short text of braces, hashes and spaces as the regex does', () => {
    const alphabet = ['{', '#', '}', ' ', 'a', '\t', '-', '{#', '\n'];
    let seed = 7;
    const pick = (): string => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return alphabet[seed % alphabet.length]!;
    };
    for (let i = 0; i < 20_000; i += 1) {
      const text = Array.from({ length: i % 12 }, pick).join('');
      expect(customAnchorOf(text), JSON.stringify(text)).toBe(CUSTOM_ID.exec(text)?.[1]);
    }
  });
});
