import type { TechnologyChoice } from '../engine/types.js';
import { componentCategory } from './component-category.js';
import type { NodeTechnologies } from './mermaid.js';

/**
 * Which technology categories fill which node of each built-in pattern's
 * diagram. A category fills at most one node of a pattern.
 */
const NODE_CATEGORIES: Record<string, Record<string, readonly string[]>> = {
  'Batch Prediction': {
    'Data Source': ['Data Warehouse', 'Data Lake / Storage'],
    ETL: ['Batch Processing', 'Orchestration', 'Data Quality'],
    'Feature Store': ['Feature Store'],
    'Model Training': ['ML Framework', 'Training Compute', 'Hyperparameter Tuning', 'ML Platform'],
    'Batch Inference': ['Model Serving', 'Container Platform'],
    'Results Store': ['Database', 'Cache / Online Store'],
    'Experiment Tracking': ['Experiment Tracking', 'Model Registry'],
    Monitoring: ['Monitoring'],
  },
  'Real-Time Serving': {
    'API Gateway': ['API Gateway'],
    'Feature Lookup': ['Cache / Online Store', 'Search / Vector'],
    'Model Server': ['Model Serving', 'Container Platform', 'ML Framework'],
    'Feature Store': ['Feature Store'],
    'Model Registry': ['Model Registry', 'Experiment Tracking'],
    Monitoring: ['Monitoring'],
  },
  Streaming: {
    'Event Stream': ['Event Streaming'],
    'Stream Processor': ['Stream Processing'],
    'Feature Computation': ['Cache / Online Store'],
    'Model Inference': ['Model Serving', 'Container Platform', 'ML Framework'],
    'Feature Store': ['Feature Store'],
    'Model Registry': ['Model Registry', 'Experiment Tracking'],
    Monitoring: ['Monitoring'],
  },
  Embedded: {
    'Embedded Model': ['Edge Runtime', 'ML Framework'],
    'Async Telemetry': ['Event Streaming'],
    'Central Monitoring': ['Monitoring'],
  },
};

/** The technologies a use case chose, placed on the nodes of one pattern's diagram. */
export function technologiesByNode(
  pattern: string,
  choices: readonly TechnologyChoice[],
): NodeTechnologies {
  const nodes = Object.hasOwn(NODE_CATEGORIES, pattern) ? NODE_CATEGORIES[pattern] : undefined;
  if (!nodes) return {};
  const placed: Record<string, string[]> = {};
  for (const choice of choices) {
    const fallback = componentCategory(choice);
    for (const technology of choice.technologies) {
      if (!technology.known) continue;
      const node = nodeFor(nodes, technology.category ?? fallback) ?? nodeFor(nodes, fallback);
      if (node === undefined) continue;
      const list = (placed[node] ??= []);
      if (!list.includes(technology.name)) list.push(technology.name);
    }
  }
  return placed;
}

function nodeFor(nodes: Record<string, readonly string[]>, category: string): string | undefined {
  return Object.keys(nodes).find((node) => nodes[node]!.includes(category));
}
