import { describe, expect, it } from 'vitest';
import { classifyRequirement, normalizeRequirement } from './requirements.js';

describe('classifyRequirement', () => {
  it.each([
    ['Latency', 'latency'],
    ['latency', 'latency'],
    ['Latency (p99)', 'latency'],
    ['Inference latency', 'latency'],
    ['**Latency**', 'latency'],
    ['Latency:', 'latency'],
    ['⏱️ Latency', 'latency'],
    ['Response time', 'latency'],
    ['Latency SLA', 'latency'],
    ['Throughput', 'throughput'],
    ['Peak throughput', 'throughput'],
    ['THROUGHPUT:', 'throughput'],
    ['Scale', 'throughput'],
    ['Volume', 'throughput'],
    ['Data volume', 'throughput'],
    ['Availability', 'availability'],
    ['Uptime', 'availability'],
    ['SLA', 'availability'],
    ['Availability SLA', 'availability'],
    ['Data freshness', 'freshness'],
    ['Freshness', 'freshness'],
    ['Feature freshness', 'freshness'],
    ['__Data Freshness__ 🕒', 'freshness'],
  ])('%j -> %s', (name, kind) => {
    expect(classifyRequirement(name)).toBe(kind);
  });

  it.each(['Cost', 'Accuracy', 'Model size', '', 'Interpretability'])('%j -> null', (name) => {
    expect(classifyRequirement(name)).toBeNull();
  });
});

describe('normalizeRequirement', () => {
  it.each([
    ['latency', 'p99 < 50 ms', 50],
    ['throughput', '3.5k RPS', 3500],
    ['availability', '99.95%', 0.9995],
    ['freshness', '< 5 min', 300],
  ] as const)('%s %j -> %d', (kind, raw, value) => {
    expect(normalizeRequirement(kind, raw)).toEqual({ kind: 'value', value });
  });
});
