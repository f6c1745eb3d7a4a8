/**
 * The Architecture Design of one use case: built as a small model (sections
 * of blocks) so that defects can be applied structurally, then rendered in
 * one of several valid styles and grown to a target size.
 */
import { code, field, heading, list, paragraph, pickStyle, renderBlock, table } from './blocks.mjs';
import {
  AVAILABILITY,
  EXTRA_REQUIREMENTS,
  PATTERN_ROLES,
  REQUIREMENT_VALUES,
  ROLES,
  SOURCES,
} from './pools.mjs';
import {
  ALTERNATIVES,
  CONSTRAINTS,
  DATA_PIPELINE,
  EXTRA_SECTIONS,
  FEATURE_ENGINEERING,
  INTEGRATIONS,
  MODEL_SERVING,
  MODEL_TRAINING,
  MONITORING,
  RATIONALE,
  RATIONALE_EXTRA,
  RISKS,
  TECH_RATIONALE,
} from './texts.mjs';

/** @typedef {import('./blocks.mjs').Block} Block */
/** @typedef {import('./context.mjs').UseCase} UseCase */

/**
 * @typedef {object} Section
 * @property {string} key
 * @property {string} title
 * @property {Block[]} blocks
 * @property {Section[]} [subsections]
 */

/**
 * @typedef {object} Design
 * @property {string} title
 * @property {string | undefined} frontMatter
 * @property {Block[]} preamble
 * @property {Section[]} sections
 * @property {number} titleLevel
 * @property {boolean} numbered
 * @property {import('./blocks.mjs').Style} style
 */

export const MIN_BYTES = 4000;
export const MAX_BYTES = 7000;

const COMPONENTS = [
  ['dataPipeline', 'Data Pipeline', DATA_PIPELINE],
  ['featureEngineering', 'Feature Engineering', FEATURE_ENGINEERING],
  ['modelTraining', 'Model Training', MODEL_TRAINING],
  ['modelServing', 'Model Serving', null],
  ['monitoring', 'Monitoring', MONITORING],
];

/**
 * @param {UseCase} uc
 * @returns {Design}
 */
export function buildDesign(uc) {
  const { rng } = uc;
  const numbered = rng.chance(0.2);
  const decks = new Decks(uc);
  const draw = (
    /** @type {string} */ key,
    /** @type {readonly string[][]} */ pool,
    /** @type {number} */ n,
  ) => Array.from({ length: n }, () => decks.draw(key, pool).map((cell) => uc.fill(cell)));
  const design = {
    title: `Architecture Design: ${uc.name}`,
    frontMatter: rng.chance(0.1)
      ? `---\nowner: ${uc.person}\nreviewed: ${dateLike(uc)}\n---`
      : undefined,
    preamble: rng.chance(0.3)
      ? [paragraph(uc.fill(`**Use case:** ${uc.id} · **Owner:** {person} · **Team:** {team}`))]
      : [],
    sections: [
      section('requirements', titleVariant(uc, 'Requirements Summary'), [requirementsTable(uc)]),
      section('constraints', titleVariant(uc, 'Constraints from DS-01'), [
        constraintList(uc, decks),
      ]),
      section('pattern', titleVariant(uc, 'Architecture Pattern Selected'), patternBlocks(uc)),
      {
        ...section('components', titleVariant(uc, 'Component Design'), []),
        subsections: componentSections(uc, decks),
      },
      section('technology', titleVariant(uc, 'Technology Choices'), [technologyTable(uc)]),
      section('integration', titleVariant(uc, 'Integration Points'), [
        table(['System', 'Integration Type', 'Notes'], draw('integration', INTEGRATIONS, 2)),
      ]),
      section('risks', titleVariant(uc, 'Risks and Mitigations'), [
        table(['Risk', 'Mitigation'], draw('risks', RISKS, 2)),
      ]),
      section('alternatives', titleVariant(uc, 'Alternatives Considered'), [
        table(
          ['Alternative', 'Pros', 'Cons', 'Why Not Selected'],
          draw('alternatives', ALTERNATIVES, 2),
        ),
      ]),
    ],
    titleLevel: rng.chance(0.8) ? 1 : 2,
    numbered,
    style: pickStyle(rng),
  };
  if (rng.chance(0.15)) {
    const [title, body] = rng.pick(EXTRA_SECTIONS);
    design.sections.push(section('extra', title, [paragraph(uc.fill(body))]));
  }
  if (rng.chance(0.35)) addDiagram(uc, design);
  growTo(uc, design, decks, rng.int(MIN_BYTES + 100, MAX_BYTES - 300));
  return design;
}

/**
 * @param {string} key
 * @param {string} title
 * @param {Block[]} blocks
 * @returns {Section}
 */
function section(key, title, blocks) {
  return { key, title, blocks };
}

/**
 * The ways authors vary a section title that the rules still accept.
 * @param {UseCase} uc
 * @param {string} title
 */
function titleVariant(uc, title) {
  const { rng } = uc;
  if (title === 'Risks and Mitigations' && rng.chance(0.2)) return 'Risks & Mitigations';
  if (rng.chance(0.03)) return `${title}:`;
  if (rng.chance(0.05))
    return title.charAt(0) + title.slice(1).toLowerCase().replace('ds-01', 'DS-01');
  return title;
}

/** @param {UseCase} uc */
function dateLike(uc) {
  return `2026-${String(uc.rng.int(1, 12)).padStart(2, '0')}-${String(uc.rng.int(1, 28)).padStart(2, '0')}`;
}

/**
 * A requirement value for one of the four kinds, in the pattern's usual forms.
 * @param {UseCase} uc
 * @param {'latency' | 'throughput' | 'freshness'} kind
 */
export function requirementValue(uc, kind) {
  const { rng, patterns } = uc;
  const serving = patterns.includes('realtime') ? 'realtime' : patterns[patterns.length - 1];
  const pattern = kind === 'freshness' ? patterns[0] : serving;
  const L = rng.pick([20, 30, 50, 80, 100, 120, 150, 200, 250, 300]);
  const T = rng.pick([120, 250, 400, 800, 1200, 1500, 2200, 3500, 5000, 12000]);
  const e = rng.int(5, 40);
  const values = {
    L: String(L),
    l: String(Math.round(L / 4)),
    s: String(rng.int(1, 30)),
    T: thousands(T),
    t: String(rng.pick([1.5, 2, 3.5, 5, 10, 25, 40])),
    a: thousands(Math.round(T / 4)),
    M: String(rng.pick([1.2, 2.4, 4, 10, 25, 60])),
    K: String(rng.int(5, 95)),
    e: String(e),
    f: String(Math.max(1, Math.round(e / 3))),
  };
  const template = rng.pick(REQUIREMENT_VALUES[pattern][kind]);
  return template.replace(
    /\{(\w)\}/g,
    (_m, slot) => values[/** @type {keyof typeof values} */ (slot)],
  );
}

/** @param {number} n */
function thousands(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** @param {UseCase} uc */
function requirementsTable(uc) {
  const { rng } = uc;
  const source = () => uc.fill(rng.pick(SOURCES));
  const rows = [
    ['Latency', requirementValue(uc, 'latency'), source()],
    ['Throughput', requirementValue(uc, 'throughput'), source()],
    ['Availability', rng.pick(AVAILABILITY), source()],
    [
      rng.chance(0.85) ? 'Data freshness' : 'Data Freshness',
      requirementValue(uc, 'freshness'),
      source(),
    ],
  ];
  for (const [label, value] of rng.sample(EXTRA_REQUIREMENTS, rng.int(0, 2)))
    rows.push([label, value, source()]);
  return table(['Requirement', 'Value', 'Source'], rows);
}

/**
 * @param {UseCase} uc
 * @param {Decks} decks
 */
function constraintList(uc, decks) {
  const items = Array.from({ length: uc.rng.int(2, 3) }, () =>
    uc.fill(decks.draw('constraints', CONSTRAINTS)),
  );
  return list(items, uc.rng.chance(0.15));
}

/** @param {UseCase} uc */
function patternBlocks(uc) {
  const rationale = uc.patterns.map((p) => uc.fill(uc.rng.pick(RATIONALE[p])));
  if (uc.rng.chance(0.5)) rationale.push(uc.fill(uc.rng.pick(RATIONALE_EXTRA)));
  return [field('Pattern', uc.patternField), field('Rationale', rationale.join(' '))];
}

/**
 * @param {UseCase} uc
 * @param {Decks} decks
 */
function componentSections(uc, decks) {
  return COMPONENTS.map(([key, title, pool]) => {
    const sentences = pool ?? servingSentences(uc);
    const text = [0, 1].map(() => uc.fill(decks.draw(String(key), sentences))).join(' ');
    return section(String(key), String(title), [paragraph(text)]);
  });
}

/** @param {UseCase} uc */
function servingSentences(uc) {
  return uc.patterns.flatMap((p) => MODEL_SERVING[p]);
}

/** @param {UseCase} uc */
function technologyTable(uc) {
  const { rng } = uc;
  const roles = [];
  for (const p of uc.patterns) {
    const spec = PATTERN_ROLES[p];
    roles.push(...spec.required, ...rng.sample(spec.optional, rng.int(1, 3)));
  }
  const rows = [...new Set(roles)].map((role) => [
    rng.pick(ROLES[role].labels),
    uc.tech(role),
    uc.fill(rng.pick(TECH_RATIONALE)),
  ]);
  return table(['Component', 'Technology', 'Rationale'], rows);
}

/**
 * A mermaid flowchart in Data Pipeline or Model Serving, labels from the use case's technologies.
 * @param {UseCase} uc
 * @param {Design} design
 */
function addDiagram(uc, design) {
  const components = design.sections.find((s) => s.key === 'components');
  const target = components?.subsections?.[uc.rng.chance(0.6) ? 0 : 3];
  if (!target) return;
  const roles = ['lake', 'batch', 'featureStore', 'framework', 'tracking', 'serving', 'monitoring'];
  const chosen = uc.rng
    .sample(roles, uc.rng.int(4, 6))
    .sort((a, b) => roles.indexOf(a) - roles.indexOf(b));
  const nodes = chosen.map((role, i) => `  n${i}["${uc.tech(role)}"]`);
  const edges = nodes.slice(1).map((_, i) => `  n${i} --> n${i + 1}`);
  target.blocks.push(
    code('mermaid', [`flowchart ${uc.rng.pick(['LR', 'TB'])}`, ...nodes, ...edges].join('\n')),
  );
}

/**
 * Adds sentences and rows until the rendered document reaches about `target` characters
 * (each step adds its own length, so the document is rendered once).
 * @param {UseCase} uc
 * @param {Design} design
 * @param {Decks} decks
 * @param {number} target
 */
function growTo(uc, design, decks, target) {
  const growers = [
    () => addSentence(uc, design, decks),
    () => addSentence(uc, design, decks),
    () => addSentence(uc, design, decks),
    () => addRow(uc, design, 'risks', decks.draw('risks', RISKS)),
    () => addRow(uc, design, 'alternatives', decks.draw('alternatives', ALTERNATIVES)),
    () => addRow(uc, design, 'integration', decks.draw('integration', INTEGRATIONS)),
    () => addConstraint(uc, design, decks),
  ];
  let length = renderDesign(design).length;
  for (let guard = 0; length < target && guard < 80; guard++) length += uc.rng.pick(growers)();
}

/** Each pool dealt like a shuffled deck, so a document repeats a sentence only once the pool runs out. */
class Decks {
  /** @param {UseCase} uc */
  constructor(uc) {
    this.uc = uc;
    /** @type {Map<string, unknown[]>} */
    this.decks = new Map();
  }

  /**
   * @template T
   * @param {string} key
   * @param {readonly T[]} pool
   * @returns {T}
   */
  draw(key, pool) {
    let deck = /** @type {T[] | undefined} */ (this.decks.get(key));
    if (!deck || deck.length === 0) {
      deck = this.uc.rng.sample(pool, pool.length);
      this.decks.set(key, deck);
    }
    return /** @type {T} */ (deck.pop());
  }
}

/**
 * @param {UseCase} uc
 * @param {Design} design
 * @param {Decks} decks
 * @returns {number} characters added
 */
function addSentence(uc, design, decks) {
  const components = design.sections.find((s) => s.key === 'components')?.subsections ?? [];
  const index = uc.rng.int(0, components.length - 1);
  const [key, , pool] = COMPONENTS[index];
  const target = components[index];
  const last = target?.blocks.findLast((b) => b.kind === 'p');
  if (!target || !last || last.kind !== 'p') return 0;
  const sentence = uc.fill(decks.draw(String(key), pool ?? servingSentences(uc)));
  if (last.text.length < 600) {
    last.text += ` ${sentence}`;
    return sentence.length + 1;
  }
  target.blocks.splice(target.blocks.indexOf(last) + 1, 0, paragraph(sentence));
  return sentence.length + 2;
}

/**
 * @param {UseCase} uc
 * @param {Design} design
 * @param {string} key
 * @param {readonly string[]} row
 * @returns {number} characters added
 */
function addRow(uc, design, key, row) {
  const block = design.sections.find((s) => s.key === key)?.blocks[0];
  if (block?.kind !== 'table' || block.rows.length >= 7) return 0;
  const cells = row.map((c) => uc.fill(c));
  block.rows.push(cells);
  return cells.join(' | ').length + 5;
}

/**
 * @param {UseCase} uc
 * @param {Design} design
 * @param {Decks} decks
 * @returns {number} characters added
 */
function addConstraint(uc, design, decks) {
  const block = design.sections.find((s) => s.key === 'constraints')?.blocks[0];
  if (block?.kind !== 'list' || block.items.length >= 6) return 0;
  const item = uc.fill(decks.draw('constraints', CONSTRAINTS));
  block.items.push(item);
  return item.length + 3;
}

/**
 * @param {Design} design
 * @returns {string}
 */
export function renderDesign(design) {
  const level = design.titleLevel;
  const parts = [];
  if (design.frontMatter) parts.push(design.frontMatter);
  if (design.title) parts.push(heading(level, design.title));
  for (const block of design.preamble) parts.push(renderBlock(block, design.style));
  design.sections.forEach((s, i) => {
    const number = design.numbered && s.key !== 'extra' ? `${i + 1}. ` : '';
    parts.push(heading(level + 1, `${number}${s.title}`));
    for (const block of s.blocks) parts.push(renderBlock(block, design.style));
    (s.subsections ?? []).forEach((sub, j) => {
      const subNumber = design.numbered ? `${i + 1}.${j + 1} ` : '';
      parts.push(heading(level + 2, `${subNumber}${sub.title}`));
      for (const block of sub.blocks) parts.push(renderBlock(block, design.style));
    });
  });
  return `${parts.join('\n\n')}\n`;
}
