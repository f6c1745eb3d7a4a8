#!/usr/bin/env node
/**
 * Writes a synthetic, realistic tree of use-case workspaces, deterministic from a seed:
 *
 *   node scripts/generate-corpus.mjs --out DIR --count N [--seed S] [--defects 0.1] [--force]
 *
 * Same arguments, byte-identical tree. Use case i is the same whatever N is
 * (apart from the width of its id), and a use case is clean or defective
 * independently of its content, so `--defects 0` gives the clean versions of
 * the same documents.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createUseCase } from './corpus/context.mjs';
import { DEFECT_KINDS, applyDesignDefect } from './corpus/defects.mjs';
import { buildDesign, renderDesign } from './corpus/design.mjs';
import {
  componentSpecification,
  handoffDocument,
  pickPhase,
  statusDocument,
  technologySelection,
} from './corpus/documents.mjs';
import { COMPONENT_SPECS, HANDOFF_DOCUMENTS } from './corpus/pools.mjs';
import { Rng } from './corpus/random.mjs';

/**
 * @typedef {object} CorpusOptions
 * @property {string} out
 * @property {number} count
 * @property {number} seed
 * @property {number} defects fraction of use cases with one defect, 0 to 1
 */

/**
 * @typedef {object} CorpusSummary
 * @property {number} useCases
 * @property {number} files
 * @property {number} bytes
 * @property {number} designBytes
 * @property {Record<string, number>} defects
 */

/**
 * @param {CorpusOptions} options
 * @returns {CorpusSummary}
 */
export function generateCorpus({ out, count, seed, defects }) {
  const idWidth = Math.max(3, String(count).length);
  /** @type {CorpusSummary} */
  const summary = { useCases: count, files: 0, bytes: 0, designBytes: 0, defects: {} };
  const made = new Set();
  for (let index = 1; index <= count; index++) {
    const files = useCaseFiles(seed, index, idWidth, defects, summary.defects);
    for (const [relative, text] of files) {
      const file = path.join(out, relative);
      const dir = path.dirname(file);
      if (!made.has(dir)) mkdirSync(dir, { recursive: true });
      made.add(dir);
      writeFileSync(file, text);
      summary.files += 1;
      summary.bytes += Buffer.byteLength(text);
      if (relative.endsWith('Architecture_Design.md'))
        summary.designBytes += Buffer.byteLength(text);
    }
  }
  return summary;
}

/**
 * Every file of one workspace, as [relative path, text], in a fixed order.
 * @param {number} seed
 * @param {number} index
 * @param {number} idWidth
 * @param {number} defectRate
 * @param {Record<string, number>} defectCounts
 * @returns {[string, string][]}
 */
function useCaseFiles(seed, index, idWidth, defectRate, defectCounts) {
  const uc = createUseCase(seed, index, idWidth);
  const defectRng = Rng.derive(seed, `defect-${index}`);
  const defect = defectRng.next() < defectRate ? defectRng.pick(DEFECT_KINDS) : undefined;
  if (defect) defectCounts[defect] = (defectCounts[defect] ?? 0) + 1;

  const state = pickPhase(uc);
  const design = buildDesign(uc);
  const handoff = [
    uc.rng.chance(0.2) ? 'Go_NoGo_Memo.md' : 'GoNoGo_Memo.md',
    ...uc.rng.sample(HANDOFF_DOCUMENTS, uc.rng.int(0, 2)),
  ];
  const hasSelection = uc.rng.chance(0.5);
  const specs = uc.rng.chance(0.35) ? uc.rng.sample(COMPONENT_SPECS, uc.rng.int(1, 3)) : [];
  const architecture = [
    'design',
    ...(hasSelection ? ['selection'] : []),
    ...(specs.length ? ['specs'] : []),
  ];

  const dir = uc.folder;
  /** @type {[string, string][]} */
  const files = [];
  const status = statusDocument(uc, state, { handoff, architecture });
  if (defect !== 'missing-status') files.push([`${dir}/00_Status.md`, status]);
  for (const file of handoff) {
    files.push([`${dir}/01_Handoff/${file}`, handoffDocument(uc, file, state.handoffMonth)]);
  }
  if (defect) applyDesignDefect(defect, design, defectRng);
  if (defect !== 'missing-architecture-design') {
    files.push([`${dir}/02_Architecture/Architecture_Design.md`, renderDesign(design)]);
  }
  if (hasSelection)
    files.push([`${dir}/02_Architecture/Technology_Selection.md`, technologySelection(uc)]);
  for (const [file, title] of specs) {
    files.push([
      `${dir}/02_Architecture/Component_Specifications/${file}`,
      componentSpecification(uc, title),
    ]);
  }
  return files;
}

/**
 * An empty or absent directory is fine; `--force` clears one that holds only workspaces.
 * @param {string} out
 * @param {boolean} force
 */
function prepareOut(out, force) {
  let names;
  try {
    names = readdirSync(out);
  } catch {
    return;
  }
  if (names.length === 0) return;
  const onlyWorkspaces = names.every((n) => /^UC-\d+/.test(n) || n === '_Templates');
  if (!force || !onlyWorkspaces) {
    throw new Error(
      `${out} is not empty${force ? ' and holds more than use-case workspaces' : ' (use --force to replace a generated corpus)'}`,
    );
  }
  for (const name of names) rmSync(path.join(out, name), { recursive: true, force: true });
}

/** @param {string[]} argv */
function parseCli(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      count: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      defects: { type: 'string', default: '0.1' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const count = Number(values.count);
  const seed = Number(values.seed);
  const defects = Number(values.defects);
  if (values.help || !values.out) return undefined;
  if (!Number.isInteger(count) || count < 1) throw new Error('--count must be a positive integer');
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  if (!(defects >= 0 && defects <= 1)) throw new Error('--defects must be between 0 and 1');
  return { out: path.resolve(values.out), count, seed, defects, force: values.force };
}

const USAGE =
  'Usage: node scripts/generate-corpus.mjs --out DIR --count N [--seed S] [--defects 0.1] [--force]';

function main() {
  let options;
  try {
    options = parseCli(process.argv.slice(2));
    if (!options) {
      console.log(USAGE);
      return;
    }
    prepareOut(options.out, options.force);
  } catch (error) {
    console.error(`generate-corpus: ${error instanceof Error ? error.message : error}`);
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const summary = generateCorpus(options);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const defects = Object.entries(summary.defects)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
  console.log(
    `${summary.useCases} use cases, ${summary.files} files, ${(summary.bytes / 1048576).toFixed(1)} MiB ` +
      `(designs ${(summary.designBytes / 1048576).toFixed(1)} MiB) in ${seconds} s -> ${options.out}`,
  );
  console.log(`defects: ${defects || 'none'}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
