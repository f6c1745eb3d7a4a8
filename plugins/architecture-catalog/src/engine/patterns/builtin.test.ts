import { describe, expect, it } from 'vitest';
import type { PatternDefinition } from './builtin.js';
import { BUILTIN_PATTERN_NAMES, BUILTIN_PATTERNS } from './builtin.js';

// The seed's diagrams, verbatim, to check the transcription arrow by arrow.
const ASCII: Record<string, string> = {
  'Batch Prediction': `
Data Source → ETL → Feature Store → Model Training → Batch Inference → Results Store → Consumer
                         ↑                                    ↓
                    Experiment                            Monitoring
                    Tracking`,
  'Real-Time Serving': `
Request → API Gateway → Feature Lookup → Model Server → Response
                             ↑               ↑
                       Feature Store    Model Registry
                                            ↓
                                       Monitoring`,
  Streaming: `
Event Stream → Stream Processor → Feature Computation → Model Inference → Output Stream
                                         ↑                    ↑
                                   Feature Store         Model Registry
                                                             ↓
                                                        Monitoring`,
};

interface Label {
  text: string;
  start: number;
  end: number;
}

function labelsOf(line: string): Label[] {
  return Array.from(line.matchAll(/[A-Za-z]+(?: [A-Za-z]+)*/g), (m) => ({
    text: m[0],
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}

function labelAt(labels: readonly Label[], column: number): string {
  const label = labels.find((candidate) => candidate.start <= column && column < candidate.end);
  if (!label) throw new Error(`no label at column ${column}`);
  return label.text;
}

/** Reads the edges an ASCII diagram draws: `→` along the first line, `↑`/`↓` by column. */
function edgesDrawn(ascii: string): string[] {
  const lines = ascii.split('\n').filter((line) => line.trim() !== '');
  const main = (lines[0] ?? '').split(' → ');
  const edges = main.slice(1).map((label, i) => `${main[i]} -> ${label}`);
  lines.forEach((line, row) => {
    for (const match of line.matchAll(/[↑↓]/g)) {
      const column = match.index ?? 0;
      const above = labelAt(labelsOf(lines[row - 1] ?? ''), column);
      const belowLines = lines
        .slice(row + 1)
        .filter((l) => labelsOf(l).some((x) => x.start <= column && column < x.end));
      const below = labelAt(labelsOf(belowLines[0] ?? ''), column);
      const joined = below === 'Experiment' ? 'Experiment Tracking' : below;
      edges.push(match[0] === '↑' ? `${joined} -> ${above}` : `${above} -> ${joined}`);
    }
  });
  return edges.sort();
}

function edgesOf(pattern: PatternDefinition): string[] {
  const label = new Map(pattern.diagram.nodes.map((node) => [node.id, node.label]));
  return pattern.diagram.edges
    .map((edge) => `${label.get(edge.from)} -> ${label.get(edge.to)}`)
    .sort();
}

function patternNamed(name: string): PatternDefinition {
  const pattern = BUILTIN_PATTERNS.find((candidate) => candidate.name === name);
  if (!pattern) throw new Error(name);
  return pattern;
}

describe('BUILTIN_PATTERNS', () => {
  it('are the seed four, numbered in order', () => {
    expect(BUILTIN_PATTERNS.map((pattern) => [pattern.number, pattern.name])).toEqual([
      [1, 'Batch Prediction'],
      [2, 'Real-Time Serving'],
      [3, 'Streaming'],
      [4, 'Embedded'],
    ]);
    expect(BUILTIN_PATTERN_NAMES).toEqual([
      'Batch Prediction',
      'Real-Time Serving',
      'Streaming',
      'Embedded',
    ]);
  });

  it('carry the seed use-when text', () => {
    expect(BUILTIN_PATTERNS.map((pattern) => pattern.useWhen)).toEqual([
      'Predictions needed periodically, latency not critical',
      'Low-latency predictions needed, request-response pattern',
      'Continuous data, real-time decisions',
      'Edge deployment, offline capability needed',
    ]);
  });

  it.each(Object.entries(ASCII))('%s: edges match the drawing', (name, ascii) => {
    expect(edgesOf(patternNamed(name))).toEqual(edgesDrawn(ascii));
  });

  it('Batch Prediction: Experiment Tracking feeds Feature Store, as drawn', () => {
    expect(edgesOf(patternNamed('Batch Prediction'))).toContain(
      'Experiment Tracking -> Feature Store',
    );
  });

  it('Embedded: the device holds three parts and telemetry reaches central monitoring', () => {
    expect(edgesOf(patternNamed('Embedded'))).toEqual(
      [
        'Device/Application -> Embedded Model',
        'Device/Application -> Local Feature Computation',
        'Device/Application -> Async Telemetry',
        'Async Telemetry -> Central Monitoring',
      ].sort(),
    );
  });

  it.each(BUILTIN_PATTERNS.map((pattern) => [pattern.name, pattern]))(
    '%s: a consistent graph',
    (_, pattern) => {
      const ids = pattern.diagram.nodes.map((node) => node.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const edge of pattern.diagram.edges) {
        expect(ids).toContain(edge.from);
        expect(ids).toContain(edge.to);
      }
      const touched = new Set(pattern.diagram.edges.flatMap((edge) => [edge.from, edge.to]));
      expect(ids.filter((id) => !touched.has(id))).toEqual([]);
      expect(pattern.diagram.nodes.filter((node) => node.role === 'main').length).toBeGreaterThan(
        1,
      );
    },
  );

  it('side nodes are the supporting systems', () => {
    const side = BUILTIN_PATTERNS.map((pattern) =>
      pattern.diagram.nodes.filter((node) => node.role === 'side').map((node) => node.label),
    );
    expect(side).toEqual([
      ['Experiment Tracking', 'Monitoring'],
      ['Feature Store', 'Model Registry', 'Monitoring'],
      ['Feature Store', 'Model Registry', 'Monitoring'],
      ['Central Monitoring'],
    ]);
  });
});
