/**
 * The hostile corpus: documents built to crash, hang or exploit the
 * catalog, generated on the fly (nothing is committed as a blob). Each case
 * is one workspace `UC-<n>_<Case_Name>` (cases about folder names create
 * their own folders) with a valid `00_Status.md` in the Architecture phase.
 * Links that lead out of the root point at `<root>-outside`, written next to
 * the root. Everything that could run script sets `window.__pwned = 1`.
 */
import { lstatSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { CaseSpec } from './corpus/case-spec.js';
import { ENCODING_CASES } from './corpus/cases-encoding.js';
import { FOLDER_CASES, SAME_ID_CASE } from './corpus/cases-folders.js';
import { LINK_CASES } from './corpus/cases-links.js';
import { MARKUP_CASES } from './corpus/cases-markup.js';
import { NUMBER_CASES } from './corpus/cases-numbers.js';
import { ROUTE_CASES } from './corpus/cases-routes.js';
import { SIZE_CASES } from './corpus/cases-size.js';
import { YAML_CASES } from './corpus/cases-yaml.js';
import { applyPlan, Plan, type ApplyOptions } from './corpus/plan.js';

export interface HostileCase {
  name: string;
  /** The workspace folder the case creates (the first, for cases about folder names). */
  dir: string;
  /** Every folder the case created under the root, as the filesystem kept them. */
  dirs: string[];
  description: string;
}

export interface CorpusOptions extends ApplyOptions {
  /** Only these cases (large ones included when named). */
  only?: readonly string[];
  /** Also the large cases (1,000 workspaces with the same id). */
  large?: boolean;
}

const CASES: readonly CaseSpec[] = [
  ...ENCODING_CASES,
  ...SIZE_CASES,
  ...MARKUP_CASES,
  ...NUMBER_CASES,
  ...YAML_CASES,
  ...LINK_CASES,
  ...ROUTE_CASES,
  ...FOLDER_CASES,
];

/** The cases of the fast suite, in corpus order. */
export const HOSTILE_CASE_NAMES: readonly string[] = CASES.filter((spec) => !spec.large).map(
  (spec) => spec.name,
);

/** Opt-in cases: generated with `large: true` or when named in `only`. */
export const LARGE_HOSTILE_CASE_NAMES: readonly string[] = [SAME_ID_CASE];

/** Cases that once broke a site with a docs plugin instance over the tree: folder links that loop, category files. */
export const DOCS_PLUGIN_BREAKING_CASE_NAMES: readonly string[] = [
  'symlink-loop-to-root',
  'workspace-link-loop',
  'category-file-routes',
];

/** Cases big enough that every extra pass over them costs many seconds: left out of repeated passes. */
export const HEAVY_HOSTILE_CASE_NAMES: readonly string[] = [
  'table-50000-rows',
  'twenty-thousand-headings',
];

/** The fast cases a Docusaurus site over the corpus can be built with. */
export function buildableCaseNames(options: { heavy?: boolean } = {}): string[] {
  return HOSTILE_CASE_NAMES.filter(
    (name) => options.heavy === true || !HEAVY_HOSTILE_CASE_NAMES.includes(name),
  );
}

export { OUTSIDE_MARKER } from './corpus/cases-links.js';
export { BASE_DESIGN_TITLE } from './corpus/cases-routes.js';
export { PWN } from './corpus/payloads.js';

/** `crlf-line-endings` -> `Crlf_Line_Endings`. */
function caseFolderName(name: string): string {
  return name
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('_');
}

/** Numbers follow the full case list, so a case keeps its folder whatever `only` selects. */
function foldersOf(spec: CaseSpec): readonly string[] {
  return spec.folders ?? [`UC-${200 + CASES.indexOf(spec)}_${caseFolderName(spec.name)}`];
}

function selected(options: CorpusOptions): CaseSpec[] {
  const unknown = options.only?.filter((name) => !CASES.some((spec) => spec.name === name));
  if (unknown?.length) throw new Error(`unknown hostile case(s): ${unknown.join(', ')}`);
  return CASES.filter((spec) =>
    options.only ? options.only.includes(spec.name) : !spec.large || options.large === true,
  );
}

/** The folder outside the root that links lead to. */
export function outsideOf(root: string): string {
  return `${path.resolve(root)}-outside`;
}

/** Writes the corpus under `root` (created if needed) and lists its cases. */
export function generateHostileCorpus(root: string, options: CorpusOptions = {}): HostileCase[] {
  const absolute = path.resolve(root);
  const outside = outsideOf(absolute);
  mkdirSync(absolute, { recursive: true });
  mkdirSync(outside, { recursive: true });
  const plan = new Plan();
  const specs = selected(options);
  for (const spec of specs) {
    spec.build({ root: absolute, folders: foldersOf(spec), outside, plan });
  }
  applyPlan(plan, [absolute, outside], options);
  const present = new Set(readdirSync(absolute));
  return specs.map((spec) => {
    const dirs = foldersOf(spec).filter((folder) => present.has(folder));
    return { name: spec.name, dir: dirs[0] ?? '', dirs, description: spec.description };
  });
}

/** Only the 1,000 workspaces sharing an id (`UC-999_Copy_0001` ...), for the slow tests. */
export function generateSameIdCorpus(root: string, options: ApplyOptions = {}): HostileCase[] {
  return generateHostileCorpus(root, { ...options, only: [SAME_ID_CASE] });
}

/** Total bytes of the regular files under a folder (links not followed). */
export function corpusBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const stat = lstatSync(full);
    if (stat.isDirectory()) total += stat.mode & 0o500 ? corpusBytes(full) : 0;
    else if (stat.isFile()) total += stat.size;
  }
  return total;
}
