import { describe, expect, it } from 'vitest';
import { BUILTIN_PATTERNS } from '../engine/patterns/builtin.js';
import { escapeMermaidLabel, patternFlowchart } from './mermaid.js';

const realTime = BUILTIN_PATTERNS.find((pattern) => pattern.name === 'Real-Time Serving')!;

describe('escapeMermaidLabel', () => {
  it('keeps plain names', () => {
    expect(escapeMermaidLabel('Apache Kafka + Flink (v1.18)')).toBe('Apache Kafka + Flink (v1.18)');
  });

  it.each([
    ['"]; click A call alert(1)', /^[^"\];]*$/],
    ['%%{init: {"securityLevel":"loose"}}%%', /^[^%{}"]*$/],
    ['<b>bold</b><script>alert(1)</script>', /^[^<>]*$/],
    ['back`tick`', /^[^`]*$/],
    ['pipe | and\nnewline', /^[^|\n]*$/],
  ])('neutralizes %j', (hostile, allowed) => {
    const escaped = escapeMermaidLabel(hostile);
    expect(escaped.replace(/#\d+;/g, '')).toMatch(allowed);
    expect(escaped).not.toContain('\n');
  });

  it('encodes specials as mermaid entity codes and clips long names', () => {
    expect(escapeMermaidLabel('a"b')).toBe('a#34;b');
    expect(escapeMermaidLabel('x'.repeat(10_000))).toBe(`${'x'.repeat(45)}...`);
  });
});

describe('patternFlowchart', () => {
  it('draws the seed reference diagram: main flow and side nodes', () => {
    expect(patternFlowchart(realTime)).toBe(
      [
        'flowchart LR',
        '  n0["Request"]',
        '  n1["API Gateway"]',
        '  n2["Feature Lookup"]',
        '  n3["Model Server"]',
        '  n4["Response"]',
        '  n5["Feature Store"]',
        '  n6["Model Registry"]',
        '  n7["Monitoring"]',
        '  n0 --> n1',
        '  n1 --> n2',
        '  n2 --> n3',
        '  n3 --> n4',
        '  n5 --> n2',
        '  n6 --> n3',
        '  n6 --> n7',
        '  classDef side stroke-dasharray: 5 5',
        '  class n5,n6,n7 side',
        '',
      ].join('\n'),
    );
  });

  it('writes technologies into their nodes, escaped', () => {
    const chart = patternFlowchart(realTime, {
      'Model Server': ['KServe', 'Evil"]; click n0 call alert(1)'],
    });
    expect(chart).toContain(
      'n3["<b>Model Server</b><br/>KServe, Evil#34;#93;#59; click n0 call alert(1)"]',
    );
    expect(chart).toContain('class n3 filled');
  });
});
