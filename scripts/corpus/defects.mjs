/**
 * Defects a real design tree has, applied to a built design (or to the
 * workspace) so that the validator has something to find.
 */

/** @typedef {import('./design.mjs').Design} Design */
/** @typedef {import('./design.mjs').Section} Section */
/** @typedef {import('./random.mjs').Rng} Rng */

/** Workspace-level defects: the generator skips a file. */
export const WORKSPACE_DEFECTS = ['missing-status', 'missing-architecture-design'];

/** @type {Record<string, (design: Design, rng: Rng) => void>} */
const DESIGN_DEFECTS = {
  'missing-section': (design, rng) => {
    const required = design.sections.filter((s) => s.key !== 'extra');
    design.sections.splice(design.sections.indexOf(rng.pick(required)), 1);
  },
  'missing-subsection': (design, rng) => {
    const subsections = sectionByKey(design, 'components')?.subsections;
    if (subsections) subsections.splice(rng.int(0, subsections.length - 1), 1);
  },
  placeholder: (design, rng) => {
    const placeholders = [
      ['requirements', 1, '[X ms]'],
      ['technology', 1, '[Tech]'],
      ['integration', 1, '[API/File/Stream]'],
      ['risks', 1, '[Mitigation]'],
      ['alternatives', 3, '[Reason]'],
    ];
    const [key, column, text] = rng.pick(placeholders);
    const block = sectionByKey(design, String(key))?.blocks[0];
    if (block?.kind === 'table')
      block.rows[rng.int(0, block.rows.length - 1)][Number(column)] = String(text);
  },
  'placeholder-text': (design, rng) => {
    const subsections = sectionByKey(design, 'components')?.subsections ?? [];
    const target = rng.pick(subsections);
    if (target) target.blocks = [{ kind: 'p', text: '[Description and infrastructure]' }];
  },
  'table-columns': (design, rng) => {
    const renames = [
      ['technology', 1, 'Tech'],
      ['requirements', 2, 'Reference'],
      ['integration', 1, 'Type'],
      ['alternatives', 3, 'Why Not'],
      ['risks', 1, 'Action'],
    ];
    const [key, column, title] = rng.pick(renames);
    const block = sectionByKey(design, String(key))?.blocks[0];
    if (block?.kind === 'table') block.columns[Number(column)] = String(title);
  },
  'missing-requirement': (design, rng) => {
    const block = sectionByKey(design, 'requirements')?.blocks[0];
    if (block?.kind === 'table') block.rows.splice(rng.int(0, 3), 1);
  },
  'unparseable-requirement': (design, rng) => {
    const block = sectionByKey(design, 'requirements')?.blocks[0];
    const values = [
      'as fast as possible',
      'high',
      'lots',
      'mostly up',
      'fresh enough',
      'TBD by the platform team',
    ];
    if (block?.kind === 'table') block.rows[rng.int(0, 3)][1] = rng.pick(values);
  },
  'missing-source': (design, rng) => {
    const block = sectionByKey(design, 'requirements')?.blocks[0];
    if (block?.kind === 'table') block.rows[rng.int(0, 3)][2] = '';
  },
  'missing-pattern': (design) => removeField(design, 'Pattern'),
  'unknown-pattern': (design, rng) => {
    const block = sectionByKey(design, 'pattern')?.blocks.find(
      (b) => b.kind === 'field' && b.label === 'Pattern',
    );
    if (block?.kind === 'field')
      block.value = rng.pick(['Lambda Architecture', 'Microservices', 'Kappa', 'Event Sourcing']);
  },
  'missing-rationale': (design) => removeField(design, 'Rationale'),
  'empty-section': (design, rng) => {
    const withBlocks = design.sections.filter((s) => s.blocks.length > 0 && s.key !== 'pattern');
    rng.pick(withBlocks).blocks = [];
  },
  'duplicate-section': (design, rng) => {
    const original = rng.pick(design.sections.filter((s) => s.key !== 'components'));
    design.sections.push({ ...original, blocks: [...original.blocks] });
  },
  'missing-title': (design, rng) => {
    design.title = rng.chance(0.5) ? design.title.replace('Architecture Design: ', '') : '';
  },
  'section-order': (design, rng) => {
    const i = rng.int(0, design.sections.length - 2);
    [design.sections[i], design.sections[i + 1]] = [design.sections[i + 1], design.sections[i]];
  },
};

export const DEFECT_KINDS = [...Object.keys(DESIGN_DEFECTS), ...WORKSPACE_DEFECTS];

/**
 * @param {string} kind
 * @param {Design} design
 * @param {Rng} rng
 */
export function applyDesignDefect(kind, design, rng) {
  DESIGN_DEFECTS[kind]?.(design, rng);
}

/**
 * @param {Design} design
 * @param {string} key
 * @returns {Section | undefined}
 */
function sectionByKey(design, key) {
  return design.sections.find((s) => s.key === key);
}

/**
 * @param {Design} design
 * @param {string} label
 */
function removeField(design, label) {
  const s = sectionByKey(design, 'pattern');
  if (s) s.blocks = s.blocks.filter((b) => !(b.kind === 'field' && b.label === label));
}
