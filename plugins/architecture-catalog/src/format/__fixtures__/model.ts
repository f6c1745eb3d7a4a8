import type { CatalogModel, Diagnostic, RuleMeta } from '../../engine/types.js';
import type { FormatContext } from '../formatter.js';

export const CWD = '/work/repo';
export const ROOT = '/work/repo/docs';

/** A folder name with a space and a non-ASCII letter. */
export const UC1_DIR = 'UC-001 Fraud Détection';
export const UC1_DESIGN = `${UC1_DIR}/architecture-design.md`;

/** Text a document could smuggle into a message: workflow-command and HTML syntax, a newline, ESC. */
export const HOSTILE = 'Latency: 50%, p99\n<script>alert(1)</script>\u001b[31m';

export const RULES: readonly RuleMeta[] = [
  {
    id: 'missing-section',
    defaultSetting: 'error',
    description: 'Every required section of the template is present.',
    help: 'Add the section with the heading from the **AE-01** template.',
  },
  {
    id: 'placeholder',
    defaultSetting: 'warn',
    description: 'No template placeholder text remains.',
    help: 'Replace `TBD` and `[...]` with content.',
  },
  {
    id: 'table-columns',
    defaultSetting: 'error',
    description: 'Tables have the columns of the template.',
    help: 'Use the columns of the template table.',
  },
  {
    id: 'missing-architecture-design',
    defaultSetting: 'error',
    description: 'Every use case folder has an architecture-design.md.',
    help: 'Create `architecture-design.md` from the template.',
  },
  {
    id: 'missing-source',
    defaultSetting: 'warn',
    description: 'Every requirement names its source.',
    help: 'Fill in the Source column.',
  },
  {
    id: 'invalid-workspace-name',
    defaultSetting: 'warn',
    description: 'Workspace folders are named `UC-NNN Name`.',
    help: 'Rename the folder.',
  },
  {
    id: 'pattern-requirement-mismatch',
    defaultSetting: 'off',
    description: 'The patterns suit the requirements.',
    help: 'Revisit the pattern choice.',
  },
];

export const DIAGNOSTICS: readonly Diagnostic[] = [
  {
    ruleId: 'missing-section',
    severity: 'error',
    file: UC1_DESIGN,
    line: 3,
    column: 1,
    message: `Missing section "${HOSTILE}"`,
    hint: 'Add a "## Latency" section.',
    section: 'Requirements Summary',
  },
  {
    ruleId: 'placeholder',
    severity: 'warning',
    file: UC1_DESIGN,
    line: 12,
    column: 5,
    message: 'Placeholder "TBD" remains',
    section: 'Rationale',
  },
  {
    ruleId: 'table-columns',
    severity: 'error',
    file: UC1_DESIGN,
    line: 140,
    column: 12,
    message: 'Expected 4 columns, found 3',
    section: 'Technology Stack',
  },
  {
    ruleId: 'missing-architecture-design',
    severity: 'error',
    file: 'UC-002-recs',
    line: 1,
    column: 1,
    message: 'No architecture-design.md in UC-002-recs',
  },
  {
    ruleId: 'missing-source',
    severity: 'warning',
    file: 'UC-002-recs/technology-selection.md',
    line: 7,
    column: 3,
    message: 'Requirement "Throughput" has no source',
    hint: 'Name who asked for it.',
    section: 'Requirements Summary > Throughput',
  },
  {
    ruleId: 'invalid-workspace-name',
    severity: 'warning',
    file: 'stray',
    line: 1,
    column: 1,
    message: 'Folder "stray" is not named UC-NNN Name',
  },
];

export function makeModel(diagnostics: readonly Diagnostic[] = DIAGNOSTICS): CatalogModel {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return {
    schemaVersion: 1,
    root: ROOT,
    useCases: [
      {
        id: 'UC-001',
        name: 'Fraud Detection',
        dir: UC1_DIR,
        phase: 'Architecture',
        status: 'In review',
        lastUpdated: '2025-01-31',
        documents: [
          { path: UC1_DESIGN, kind: 'architecture-design' },
          { path: `${UC1_DIR}/STATUS.md`, kind: 'status' },
        ],
        design: {
          file: UC1_DESIGN,
          title: 'Fraud Detection',
          patterns: ['Online Inference', 'Feature Store'],
          rationale: 'Low latency scoring.',
          requirements: {
            latencyMs: 50,
            throughputPerSecond: null,
            throughputStated: null,
            availability: 0.9995,
            freshnessSeconds: null,
            rows: [{ name: 'Latency', raw: '50 ms', source: 'SLA' }],
          },
          constraints: ['PCI DSS'],
          components: { 'Serving Layer': 'FastAPI', 'Data Layer': 'Kafka' },
          technologies: [],
          integrations: [],
          risks: [{ risk: 'Drift', mitigation: 'Monitoring' }],
          alternatives: [],
          frontMatter: { title: 'Fraud', 10: 'ten', 9: 'nine', tags: ['a', 'b'] },
        },
        errors: 2,
        warnings: 1,
      },
      {
        id: 'UC-002',
        name: 'Recommendations',
        dir: 'UC-002-recs',
        phase: null,
        status: null,
        lastUpdated: undefined,
        documents: [
          { path: 'UC-002-recs/technology-selection.md', kind: 'technology-selection' },
          { path: 'UC-002-recs/STATUS.md', kind: 'status' },
        ],
        design: null,
        errors: 1,
        warnings: 1,
      },
    ],
    diagnostics: [...diagnostics],
    summary: {
      useCases: 2,
      documents: 4,
      errors,
      warnings: diagnostics.length - errors,
    },
  };
}

export function makeContext(overrides: Partial<FormatContext> = {}): FormatContext {
  return {
    cwd: CWD,
    rootDir: ROOT,
    rules: RULES,
    color: false,
    toolVersion: '1.2.3',
    ...overrides,
  };
}
