/**
 * The Architecture Design template (the seed's Output Format), as data.
 * Rules, the model builder and `arch-catalog new` all read it from here.
 */

export interface TableSpec {
  /** Column titles exactly as the template writes them. */
  columns: readonly string[];
}

export interface SectionSpec {
  /** The title as the template writes it. */
  title: string;
  table?: TableSpec;
  /** Required subsections, in order. */
  subsections?: readonly string[];
}

export const COMPONENT_DESIGN_SUBSECTIONS = [
  'Data Pipeline',
  'Feature Engineering',
  'Model Training',
  'Model Serving',
  'Monitoring',
] as const;

export const REQUIRED_SECTIONS: readonly SectionSpec[] = [
  { title: 'Requirements Summary', table: { columns: ['Requirement', 'Value', 'Source'] } },
  { title: 'Constraints from DS-01' },
  { title: 'Architecture Pattern Selected' },
  { title: 'Component Design', subsections: COMPONENT_DESIGN_SUBSECTIONS },
  { title: 'Technology Choices', table: { columns: ['Component', 'Technology', 'Rationale'] } },
  { title: 'Integration Points', table: { columns: ['System', 'Integration Type', 'Notes'] } },
  { title: 'Risks and Mitigations', table: { columns: ['Risk', 'Mitigation'] } },
  {
    title: 'Alternatives Considered',
    table: { columns: ['Alternative', 'Pros', 'Cons', 'Why Not Selected'] },
  },
];

export const TITLE_PREFIX = 'Architecture Design';

/** The four requirement rows the Requirements Summary must have. */
export const REQUIRED_REQUIREMENTS = [
  { kind: 'latency', label: 'Latency', example: 'p99 < 200 ms' },
  { kind: 'throughput', label: 'Throughput', example: '500 req/s' },
  { kind: 'availability', label: 'Availability', example: '99.9%' },
  { kind: 'freshness', label: 'Data freshness', example: '< 5 min' },
] as const;

export type RequirementKind = (typeof REQUIRED_REQUIREMENTS)[number]['kind'];
