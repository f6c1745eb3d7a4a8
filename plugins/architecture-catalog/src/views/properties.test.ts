import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PATTERNS } from '../engine/patterns/builtin.js';
import { escapeMermaidLabel, patternFlowchart } from './mermaid.js';
import { slugify, uniqueSlugs } from './slug.js';

const RUNS = { numRuns: 1_000 };

/** Fragments built to close a mermaid label, start a directive, or reach the page as markup. */
const HOSTILE = [
  ...['"]; click A call alert(1)', '%%{init: {"securityLevel":"loose"}}%%', '<b>', '</b>'],
  ...['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)'],
  ...['`', '|', '\n', '\r\n', '\u2028', '{', '}', '[', ']', '#', ';', '#35;', '&#34;', '&lt;'],
  ...['-->', '---', ':::', 'A-->B', '\\', '\u0000', '\u007f', '\u0085', '\ud800', '🚀', 'é'],
  ...['Kafka', 'Pub/Sub', 'C++', 'C#', 'R&D', 'ÆØÅ', 'İ', 'ß', 'ﬁ', '１２３', ' ', '\t'],
];

const anyText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...HOSTILE), maxLength: 30 }),
);

/** Mermaid entity codes turned back into characters. */
function decode(label: string): string {
  return label.replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

describe('escapeMermaidLabel', () => {
  it('never lets a character that mermaid or HTML reads as syntax through, outside #<digits>;', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const label = escapeMermaidLabel(text);
        expect(label.replace(/#\d+;/g, '')).not.toMatch(/["[\]%<>`|{}\n\r#;&'=\\]/);
        expect(label).toMatch(/^(?:[\p{L}\p{N} .,:()+/_-]|#\d+;)*$/u);
      }),
      RUNS,
    );
  });

  it('keeps the text, whitespace collapsed, clipped to 48 characters', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const flat = [...text.replace(/\s+/g, ' ').trim()];
        const clipped = flat.length > 48 ? [...flat.slice(0, 45), '.', '.', '.'] : flat;
        const expected = clipped.map((ch) => {
          const code = ch.codePointAt(0) ?? 0;
          const unreadable = code > 0xffff || code < 0x20 || (code >= 0x7f && code < 0xa0);
          return unreadable ? '\ufffd' : ch;
        });
        expect(decode(escapeMermaidLabel(text))).toBe(expected.join(''));
      }),
      RUNS,
    );
  });

  it('gives flowcharts whose node labels all stay inside their quotes', () => {
    const technologies = fc.array(fc.array(anyText, { maxLength: 4 }), { maxLength: 10 });
    fc.assert(
      fc.property(fc.constantFrom(...BUILTIN_PATTERNS), technologies, (pattern, techs) => {
        const labels = pattern.diagram.nodes.map((node) => node.label);
        const filled = labels.filter((_, i) => (techs[i] ?? []).length > 0).length;
        const chart = patternFlowchart(
          pattern,
          Object.fromEntries(labels.map((label, i) => [label, techs[i] ?? []])),
        );
        const plain = patternFlowchart(pattern).trimEnd().split('\n');
        const lines = chart.trimEnd().split('\n');
        expect(lines.length).toBe(plain.length + (filled > 0 ? 2 : 0));
        expect(lines.filter((line) => line.includes('-->'))).toEqual(
          plain.filter((line) => line.includes('-->')),
        );
        for (const line of lines.slice(1, 1 + labels.length)) {
          expect(line).toMatch(/^ {2}n\d+\["[^"]*"\]$/);
          const label = line.slice(line.indexOf('"') + 1, line.lastIndexOf('"'));
          const text = label.replace(/<\/?b>|<br\/>/g, '').replace(/#\d+;/g, '');
          expect(text).not.toMatch(/["<>%`|{}[\];#]/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('slugify', () => {
  it('gives only lower-case ASCII letters, digits and single inner hyphens, at most 80', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const slug = slugify(text);
        expect(slug).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
        expect(slug.length).toBeLessThanOrEqual(80);
        expect(slugify(slug)).toBe(slug);
      }),
      RUNS,
    );
  });

  it('gives unique, non-empty, URL-safe slugs for any list of names', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 20 }), (names) => {
        const slugs = uniqueSlugs([...names, ...names], 'item');
        expect(new Set(slugs).size).toBe(slugs.length);
        for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      }),
      { numRuns: 300 },
    );
  });
});
