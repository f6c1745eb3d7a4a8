/**
 * The other documents of a workspace: the status file, the DS-01 handoff,
 * Technology Selection and Component Specifications.
 */
import { renderBlock, table } from './blocks.mjs';
import { requirementValue } from './design.mjs';
import { PHASES, ROLES, STATUSES } from './pools.mjs';
import {
  CONSTRAINTS,
  DATA_PIPELINE,
  FEATURE_ENGINEERING,
  MODEL_SERVING,
  MODEL_TRAINING,
  RISKS,
} from './texts.mjs';

/** @typedef {import('./context.mjs').UseCase} UseCase */

const COMPACT = {
  table: /** @type {const} */ ('padded'),
  bullet: /** @type {const} */ ('-'),
  field: /** @type {const} */ ('inline'),
};

/** @param {import('./blocks.mjs').Block} block */
const md = (block) => renderBlock(block, COMPACT);

/**
 * @param {UseCase} uc
 * @param {number} month 1-12
 */
function date(uc, month) {
  return `2026-${String(month).padStart(2, '0')}-${String(uc.rng.int(1, 28)).padStart(2, '0')}`;
}

/**
 * @param {UseCase} uc
 * @returns {{phase: string, status: string, handoffMonth: number}}
 */
export function pickPhase(uc) {
  return {
    phase: uc.rng.weighted(PHASES),
    status: uc.rng.weighted(STATUSES),
    handoffMonth: uc.rng.int(1, 8),
  };
}

/**
 * @param {UseCase} uc
 * @param {{phase: string, status: string, handoffMonth: number}} state
 * @param {{handoff: string[], architecture: string[]}} present
 */
export function statusDocument(uc, state, present) {
  const done = (/** @type {boolean} */ yes) => (yes ? '[x]' : '[ ]');
  const later = PHASES.map(([p]) => p).indexOf(state.phase) > 1;
  return (
    [
      `# Implementation Status: ${uc.name}`,
      '## Quick Info',
      md(
        table(
          ['Field', 'Value'],
          [
            ['Use Case ID', uc.id],
            ['Name', uc.name],
            ['DS-01 Handoff Date', date(uc, state.handoffMonth)],
            ['AE-01 Operator', uc.person],
            ['Current Phase', state.phase],
            ['Last Updated', date(uc, state.handoffMonth + uc.rng.int(1, 4))],
          ],
        ),
      ),
      '## Current Status',
      `**Phase:** ${state.phase}`,
      `**Status:** ${state.status}`,
      `**Next Action:** ${uc.fill('{pick:Review the design with the|Close the open items with the|Plan the next sprint with the|Schedule the retrain with the} {team} team by ')}${date(uc, Math.min(12, state.handoffMonth + 4))}.`,
      '## Document Checklist',
      '### Handoff',
      [
        `- ${done(true)} GoNoGo Memo received`,
        `- ${done(present.handoff.includes('POC_Plan.md'))} POC Plan received`,
        `- ${done(present.handoff.includes('Data_Viability_Assessment.md'))} Data Viability Assessment received`,
        `- ${done(present.handoff.includes('Handoff_Review.md'))} Handoff Review completed`,
      ].join('\n'),
      '### Architecture',
      [
        `- ${done(present.architecture.includes('design'))} Architecture Design`,
        `- ${done(present.architecture.includes('selection'))} Technology Selection`,
        `- ${done(present.architecture.includes('specs'))} Component Specifications`,
      ].join('\n'),
      '### Implementation',
      [`- ${done(later)} Implementation Plan`, `- ${done(later)} Task Breakdowns`].join('\n'),
      '## Key Metrics',
      md(
        table(
          ['Metric', 'Target', 'Current'],
          [
            ['Holdout AUC', `≥ 0.${uc.rng.int(70, 85)}`, later ? `0.${uc.rng.int(72, 90)}` : '-'],
            ['Latency', requirementValue(uc, 'latency'), later ? 'within target' : '-'],
          ],
        ),
      ),
      '## Risks & Issues',
      md(
        table(
          ['Risk / Issue', 'Impact', 'Owner', 'Status'],
          uc.rng
            .sample(RISKS, 2)
            .map(([risk]) => [
              uc.fill(risk),
              uc.rng.pick(['High', 'Medium', 'Low']),
              uc.person,
              uc.rng.pick(['Open', 'Mitigated']),
            ]),
        ),
      ),
      '## Decision Log',
      md(
        table(
          ['Date', 'Decision', 'Rationale', 'Decided By'],
          [
            [
              date(uc, state.handoffMonth + 1),
              uc.patternField,
              uc.fill("Fits the {team} team's decision cadence"),
              uc.person,
            ],
          ],
        ),
      ),
    ].join('\n\n') + '\n'
  );
}

/**
 * @param {UseCase} uc
 * @param {string} file
 * @param {number} month
 */
export function handoffDocument(uc, file, month) {
  const title = file
    .replace(/\.md$/, '')
    .replace(/_/g, ' ')
    .replace('GoNoGo', 'Go/No-Go')
    .replace('Go NoGo', 'Go/No-Go');
  const body =
    HANDOFF_BODIES[file.replace(/\.md$/, '').replace('Go_NoGo', 'GoNoGo')] ??
    HANDOFF_BODIES.POC_Plan;
  return (
    [`# ${title}: ${uc.name} (${uc.id})`, `**Date:** ${date(uc, month)}`, ...body(uc)].join(
      '\n\n',
    ) + '\n'
  );
}

/** @type {Record<string, (uc: UseCase) => string[]>} */
const HANDOFF_BODIES = {
  GoNoGo_Memo: (uc) => [
    `**Decision:** ${uc.rng.pick(['GO', 'GO', 'GO with conditions'])}`,
    uc.fill(
      'The POC model improved the {entity} decision by {n:8:35}% over the current process, with an estimated annual value of EUR {n:1:9}.{n:1:9}M.',
    ),
    '## Conditions',
    md({
      kind: 'list',
      items: uc.rng.sample(CONSTRAINTS, 3).map((t) => uc.fill(t)),
      ordered: true,
    }),
  ],
  POC_Plan: (uc) => [
    '## 1. Objective',
    uc.fill(
      'Show that the {entity} outcome can be predicted well enough to act on it within the {team} process.',
    ),
    '## 2. Operating assumptions',
    md({
      kind: 'list',
      items: [
        `Latency: ${requirementValue(uc, 'latency')}`,
        `Volume: ${requirementValue(uc, 'throughput')}`,
      ],
    }),
    '## 3. Success criteria',
    md(
      table(
        ['Metric', 'Threshold', 'Result'],
        [
          ['Holdout AUC', `≥ 0.${uc.rng.int(70, 80)}`, `0.${uc.rng.int(75, 92)}`],
          ['Training time', '< 2 hours', `${uc.rng.int(10, 110)} minutes`],
        ],
      ),
    ),
  ],
  Data_Viability_Assessment: (uc) => [
    '## Sources',
    md(
      table(
        ['Source', 'Volume', 'History', 'Quality'],
        [
          [
            uc.fill('{team} events'),
            uc.fill('{n:1:90}M rows/day'),
            uc.fill('{n:6:48} months'),
            uc.rng.pick(['Good', 'Fair']),
          ],
          [uc.fill('{entity} master data'), uc.fill('{n:10:900}k rows'), 'full', 'Good'],
        ],
      ),
    ),
    uc.fill(
      'Label coverage is {n:60:99}%; the remaining records lack an outcome within the observation window.',
    ),
  ],
  Baseline_Analysis: (uc) => [
    '## Current process',
    uc.fill(
      'Today the {team} team decides with rules maintained by hand; they catch about {n:30:60}% of the cases.',
    ),
    '## Baseline metrics',
    md(
      table(
        ['Metric', 'Value'],
        [
          ['Precision', `0.${uc.rng.int(30, 70)}`],
          ['Recall', `0.${uc.rng.int(30, 70)}`],
        ],
      ),
    ),
  ],
  Risk_Register: (uc) => [
    md(
      table(
        ['Risk', 'Likelihood', 'Impact', 'Mitigation'],
        uc.rng
          .sample(RISKS, 3)
          .map(([r, m]) => [
            uc.fill(r),
            uc.rng.pick(['Low', 'Medium', 'High']),
            uc.rng.pick(['Medium', 'High']),
            uc.fill(m),
          ]),
      ),
    ),
  ],
  Handoff_Review: (uc) => [
    '## Checks',
    [
      '- [x] Requirements are measurable',
      '- [x] Data sources named with owners',
      `- ${uc.rng.chance(0.7) ? '[x]' : '[ ]'} Privacy review closed`,
    ].join('\n'),
    uc.fill('Reviewed by {person}; open questions were resolved with the {team} team.'),
  ],
};

/** @param {UseCase} uc */
export function technologySelection(uc) {
  const parts = [`# Technology Selection: ${uc.name}`];
  for (const role of [...uc.techs.keys()].slice(0, uc.rng.int(2, 4))) {
    const spec = ROLES[role];
    if (!spec) continue;
    const chosen = uc.tech(role);
    const others = uc.rng
      .sample(spec.techs, 3)
      .map((t) => t[0])
      .filter((t) => t !== chosen)
      .slice(0, 2);
    parts.push(
      `## ${spec.labels[0]}`,
      md(
        table(
          ['Option', 'Notes'],
          [
            [chosen, 'Chosen: fits the constraints and is already operated'],
            ...others.map((o) => [
              o,
              uc.fill(
                '{pick:More to operate|No team experience|Higher cost at our volume|Slower in the load test}',
              ),
            ]),
          ],
        ),
      ),
      `**Chosen:** ${chosen}.`,
    );
  }
  return parts.join('\n\n') + '\n';
}

/**
 * @param {UseCase} uc
 * @param {string} title
 */
export function componentSpecification(uc, title) {
  const pools = {
    'Data Pipeline': DATA_PIPELINE,
    'Feature Store': FEATURE_ENGINEERING,
    'Model Training': MODEL_TRAINING,
    'Serving Infrastructure': uc.patterns.flatMap((p) => MODEL_SERVING[p]),
  };
  const pool = pools[/** @type {keyof typeof pools} */ (title)];
  return (
    [
      `# Component Specification: ${title} (${uc.id})`,
      '## Responsibilities',
      uc.rng
        .sample(pool, 2)
        .map((t) => uc.fill(t))
        .join(' '),
      '## Interfaces',
      md(
        table(
          ['Interface', 'Direction', 'Format'],
          [
            [uc.fill('`{table}_input`'), 'in', uc.rng.pick(['Parquet', 'Avro', 'JSON'])],
            [uc.fill('`{table}_output`'), 'out', uc.rng.pick(['Parquet', 'Protobuf', 'JSON'])],
          ],
        ),
      ),
      '## SLOs',
      md({
        kind: 'list',
        items: [
          uc.fill('Availability {pick:99.9%|99.5%|99.95%}'),
          uc.fill('Recovery within {n:1:4} hours'),
        ],
      }),
    ].join('\n\n') + '\n'
  );
}
