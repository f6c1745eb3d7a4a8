/** The valid documents every hostile case starts from. */

export interface DesignParts {
  title: string;
  /** YAML text of a front matter block, without the `---` fences. */
  frontMatter: string | undefined;
  /** Rows of [Requirement, Value, Source]. */
  requirements: string[][];
  constraints: string[];
  pattern: string;
  rationale: string;
  /** [Component Design subsection, text]. */
  components: string[][];
  /** Header and rows of the Technology Choices table. */
  technologyHeader: string[];
  technologies: string[][];
  integrations: string[][];
  risks: string[][];
  alternatives: string[][];
  /** Raw markdown after the last section. */
  appendix: string;
}

export const VALID_PARTS: DesignParts = {
  title: 'Fraud Detection',
  frontMatter: undefined,
  requirements: [
    ['Latency', 'p99 < 50 ms', 'POC Plan'],
    ['Throughput', '2,000 req/s', 'POC Plan'],
    ['Availability', '99.95%', 'SLA'],
    ['Data freshness', 'real-time', 'Handoff Review'],
  ],
  constraints: ['Card data must stay in the EU region', 'Budget capped at 8k EUR per month'],
  pattern: 'Real-Time Serving + Streaming',
  rationale: 'Scores are needed inside the authorisation call, from features that change quickly.',
  components: [
    ['Data Pipeline', 'Transactions arrive on Kafka and are aggregated by Flink.'],
    ['Feature Engineering', 'Velocity features are computed in Flink and written to Feast.'],
    ['Model Training', 'XGBoost is trained weekly on Databricks and tracked in MLflow.'],
    ['Model Serving', 'KServe on Kubernetes, one replica per zone.'],
    ['Monitoring', 'Prometheus and Grafana for latency; Evidently for drift.'],
  ],
  technologyHeader: ['Component', 'Technology', 'Rationale'],
  technologies: [
    ['Event transport', 'Apache Kafka + Flink', 'Existing platform'],
    ['Feature store', 'Feast (Redis online, BigQuery offline)', 'Open source, low latency'],
  ],
  integrations: [['Card authorisation', 'API', 'Synchronous, 50 ms budget']],
  risks: [['Feature lag', 'Alert when Flink lag exceeds 5 s']],
  alternatives: [['Tecton', 'Managed', 'Cost', 'Vendor lock-in']],
  appendix: '',
};

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** An Architecture Design following the template, with `parts` replacing the valid defaults. */
export function designText(parts: Partial<DesignParts> = {}): string {
  const p = { ...VALID_PARTS, ...parts };
  const blocks = [
    p.frontMatter === undefined ? '' : `---\n${p.frontMatter}\n---\n`,
    `# Architecture Design: ${p.title}`,
    '## Requirements Summary',
    table(['Requirement', 'Value', 'Source'], p.requirements),
    '## Constraints from DS-01',
    p.constraints.map((item) => `- ${item}`).join('\n'),
    '## Architecture Pattern Selected',
    `**Pattern:** ${p.pattern}`,
    `**Rationale:** ${p.rationale}`,
    '## Component Design',
    ...p.components.map(([name, text]) => `### ${name}\n\n${text}`),
    '## Technology Choices',
    table(p.technologyHeader, p.technologies),
    '## Integration Points',
    table(['System', 'Integration Type', 'Notes'], p.integrations),
    '## Risks and Mitigations',
    table(['Risk', 'Mitigation'], p.risks),
    '## Alternatives Considered',
    table(['Alternative', 'Pros', 'Cons', 'Why Not Selected'], p.alternatives),
    p.appendix,
  ];
  return `${blocks.filter((block) => block !== '').join('\n\n')}\n`;
}

/** A status file in the Architecture phase; `name` goes in a table cell, so pipes are escaped. */
export function statusText(id: string, name: string): string {
  const cell = name.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `# Implementation Status: ${name.replace(/\n/g, ' ')}`,
    '',
    '## Quick Info',
    '| Field | Value |',
    '|-------|-------|',
    `| Use Case ID | ${id} |`,
    `| Name | ${cell} |`,
    '| Current Phase | Architecture |',
    '| Last Updated | 2026-01-15 |',
    '',
    '## Current Status',
    '**Phase:** Architecture',
    '**Status:** In Progress',
    '',
  ].join('\n');
}

/** The same text with every line ending replaced. */
export function withLineEndings(text: string, ending: '\r\n' | '\r'): string {
  return text.replace(/\r\n|\r|\n/g, ending);
}

/** A handoff document, as the viability assessment hands it over. */
export function handoffText(title: string, body: string): string {
  return `# ${title}\n\n${body}\n`;
}
