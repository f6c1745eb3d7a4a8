export interface PatternNode {
  id: string;
  label: string;
  /** `main`: the flow a request or record follows; `side`: a supporting system drawn off it. */
  role: 'main' | 'side';
}

export interface PatternDiagram {
  nodes: PatternNode[];
  edges: { from: string; to: string }[];
}

export interface PatternDefinition {
  name: string;
  /** The seed's pattern number (`Pattern 2: Real-Time Serving`). */
  number: number;
  useWhen: string;
  /** Other spellings documents use for the pattern; matched ignoring case, spaces and hyphens. */
  aliases: readonly string[];
  diagram: PatternDiagram;
}

function idOf(label: string): string {
  return label
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join('-');
}

function node(label: string, role: PatternNode['role']): PatternNode {
  return { id: idOf(label), label, role };
}

/** `a → b → c` as edges. */
function chain(labels: readonly string[]): PatternDiagram['edges'] {
  return labels.slice(1).map((label, i) => ({ from: idOf(labels[i] ?? ''), to: idOf(label) }));
}

function edge(from: string, to: string): PatternDiagram['edges'][number] {
  return { from: idOf(from), to: idOf(to) };
}

/** A left-to-right main flow plus side nodes, edges as drawn (`↑` points into, `↓` out of the flow). */
function flow(
  main: readonly string[],
  side: readonly string[],
  sideEdges: PatternDiagram['edges'],
): PatternDiagram {
  return {
    nodes: [
      ...main.map((label) => node(label, 'main')),
      ...side.map((label) => node(label, 'side')),
    ],
    edges: [...chain(main), ...sideEdges],
  };
}

// Transcribed from the seed's ASCII diagrams (02_Architecture_Mode_Prompt.md), column by column:
// an arrow belongs to the label it sits under or above, even where another reading seems likelier
// (in Batch Prediction, Experiment Tracking's `↑` sits under Feature Store, not Model Training).
export const BUILTIN_PATTERNS: readonly PatternDefinition[] = [
  {
    name: 'Batch Prediction',
    number: 1,
    useWhen: 'Predictions needed periodically, latency not critical',
    aliases: [
      'Batch',
      'Batch Inference',
      'Batch Scoring',
      'Batch Serving',
      'Offline Prediction',
      'Offline Inference',
      'Offline Scoring',
      'Batch Predictions',
    ],
    diagram: flow(
      [
        'Data Source',
        'ETL',
        'Feature Store',
        'Model Training',
        'Batch Inference',
        'Results Store',
        'Consumer',
      ],
      ['Experiment Tracking', 'Monitoring'],
      [edge('Experiment Tracking', 'Feature Store'), edge('Batch Inference', 'Monitoring')],
    ),
  },
  {
    name: 'Real-Time Serving',
    number: 2,
    useWhen: 'Low-latency predictions needed, request-response pattern',
    aliases: [
      'Real-Time',
      'Online Serving',
      'Online Prediction',
      'Online Inference',
      'Real-Time Inference',
      'Real-Time Prediction',
      'Real-Time Scoring',
      'Request-Response',
      'Synchronous Serving',
      'Online',
    ],
    diagram: flow(
      ['Request', 'API Gateway', 'Feature Lookup', 'Model Server', 'Response'],
      ['Feature Store', 'Model Registry', 'Monitoring'],
      [
        edge('Feature Store', 'Feature Lookup'),
        edge('Model Registry', 'Model Server'),
        edge('Model Registry', 'Monitoring'),
      ],
    ),
  },
  {
    name: 'Streaming',
    number: 3,
    useWhen: 'Continuous data, real-time decisions',
    aliases: [
      'Stream',
      'Stream Processing',
      'Streaming Inference',
      'Streaming Prediction',
      'Streaming Scoring',
      'Event Streaming',
      'Event-Driven',
      'Event-Driven Streaming',
    ],
    diagram: flow(
      [
        'Event Stream',
        'Stream Processor',
        'Feature Computation',
        'Model Inference',
        'Output Stream',
      ],
      ['Feature Store', 'Model Registry', 'Monitoring'],
      [
        edge('Feature Store', 'Feature Computation'),
        edge('Model Registry', 'Model Inference'),
        edge('Model Registry', 'Monitoring'),
      ],
    ),
  },
  {
    name: 'Embedded',
    number: 4,
    useWhen: 'Edge deployment, offline capability needed',
    aliases: [
      'Edge',
      'On-Device',
      'Embedded Model',
      'Edge Deployment',
      'Edge Inference',
      'On-Device Inference',
      'Mobile',
      'Embedded Inference',
      'Edge AI',
    ],
    diagram: {
      // A tree rather than a flow: the device holds the three parts; telemetry leaves the device.
      nodes: [
        node('Device/Application', 'main'),
        node('Embedded Model', 'main'),
        node('Local Feature Computation', 'main'),
        node('Async Telemetry', 'main'),
        node('Central Monitoring', 'side'),
      ],
      edges: [
        edge('Device/Application', 'Embedded Model'),
        edge('Device/Application', 'Local Feature Computation'),
        edge('Device/Application', 'Async Telemetry'),
        edge('Async Telemetry', 'Central Monitoring'),
      ],
    },
  },
];

export const BUILTIN_PATTERN_NAMES: readonly string[] = BUILTIN_PATTERNS.map(
  (pattern) => pattern.name,
);
