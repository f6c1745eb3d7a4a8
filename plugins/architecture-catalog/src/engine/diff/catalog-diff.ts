import { classifyRequirement, type RequirementKind } from '../normalize/requirements.js';
import { fingerprint } from '../report/fingerprint.js';
import { compareNames, compareUseCases } from '../report/sort.js';
import type { CatalogModel, Design, Diagnostic, Requirements, UseCase } from '../types.js';
import type {
  CatalogDiff,
  DesignChange,
  DiagnosticChange,
  RequirementChange,
  SetChange,
  UseCaseDiff,
  UseCaseKey,
} from './types.js';

const KINDS: readonly RequirementKind[] = ['latency', 'throughput', 'availability', 'freshness'];

/** Which way a larger figure goes: more throughput or availability asks more, more latency less. */
const STRICTER_WHEN_HIGHER: Record<RequirementKind, boolean> = {
  latency: false,
  throughput: true,
  availability: true,
  freshness: false,
};

/**
 * What a change does to the catalog: use cases added and removed, and for
 * each on both sides (matched by id, then folder) its phase, patterns,
 * requirements, technologies, alternatives and problems before and after.
 */
export function diffCatalogs(base: CatalogModel, head: CatalogModel): CatalogDiff {
  const pairs = pairUseCases(base.useCases, head.useCases);
  const moves = new Map(
    pairs.matched
      .filter(([from, to]) => from.dir !== to.dir)
      .map(([from, to]) => [from.dir, to.dir]),
  );
  const diagnostics = diffDiagnostics(
    base.diagnostics.map((d) => moved(d, moves)),
    head.diagnostics,
  );
  const changed = pairs.matched
    .map(([from, to]) => diffUseCase(from, to, diagnosticsOf(diagnostics, to.dir)))
    .filter(hasChanges);
  const count = (list: readonly Diagnostic[], severity: string) =>
    list.filter((diagnostic) => diagnostic.severity === severity).length;
  return {
    added: pairs.added.map(keyOf),
    removed: pairs.removed.map(keyOf),
    changed,
    summary: {
      added: pairs.added.length,
      removed: pairs.removed.length,
      changed: changed.length,
      newErrors: count(diagnostics.added, 'error'),
      newWarnings: count(diagnostics.added, 'warning'),
      fixedErrors: count(diagnostics.fixed, 'error'),
      fixedWarnings: count(diagnostics.fixed, 'warning'),
    },
    diagnostics,
  };
}

/** Use cases paired by id where each side has it once, else by folder. */
function pairUseCases(base: readonly UseCase[], head: readonly UseCase[]) {
  const once = (list: readonly UseCase[]) => {
    const counts = new Map<string, number>();
    for (const useCase of list) counts.set(useCase.id, (counts.get(useCase.id) ?? 0) + 1);
    return (useCase: UseCase) => counts.get(useCase.id) === 1;
  };
  const [baseOnce, headOnce] = [once(base), once(head)];
  const matched: [UseCase, UseCase][] = [];
  const taken = new Set<UseCase>();
  for (const to of [...head].sort(compareUseCases)) {
    const from =
      base.find((candidate) => !taken.has(candidate) && candidate.dir === to.dir) ??
      (headOnce(to)
        ? base.find(
            (candidate) => !taken.has(candidate) && baseOnce(candidate) && candidate.id === to.id,
          )
        : undefined);
    if (from === undefined) continue;
    taken.add(from);
    matched.push([from, to]);
  }
  const pairedHeads = new Set(matched.map(([, to]) => to));
  return {
    matched,
    added: [...head].filter((useCase) => !pairedHeads.has(useCase)).sort(compareUseCases),
    removed: [...base].filter((useCase) => !taken.has(useCase)).sort(compareUseCases),
  };
}

function diffUseCase(from: UseCase, to: UseCase, diagnostics: DiagnosticChange): UseCaseDiff {
  return {
    ...keyOf(to),
    renamedFrom: from.dir === to.dir ? null : from.dir,
    phase: from.phase === to.phase ? null : { from: from.phase, to: to.phase },
    ...diffDesigns(from.design, to.design),
    diagnostics,
  };
}

/** What changed between two versions of a design (null where there is none). */
export function diffDesigns(from: Design | null, to: Design | null): DesignChange {
  const chosen = (design: Design | null, pick: 'name' | 'family') =>
    (design?.technologies ?? []).flatMap((choice) => choice.technologies.map((ref) => ref[pick]));
  const alternatives = (design: Design | null) =>
    (design?.alternatives ?? []).map((alternative) => alternative.alternative);
  return {
    design: { from: from !== null, to: to !== null },
    patterns: setChange(from?.patterns ?? [], to?.patterns ?? []),
    requirements: diffRequirements(from?.requirements, to?.requirements),
    technologies: setChange(chosen(from, 'name'), chosen(to, 'name')),
    families: setChange(chosen(from, 'family'), chosen(to, 'family')),
    alternatives: setChange(alternatives(from), alternatives(to)),
  };
}

/** Whether a design change touched any decision the diff compares. */
export function changesDecisions(change: DesignChange): boolean {
  const sets = [change.patterns, change.technologies, change.alternatives];
  return (
    change.design.from !== change.design.to ||
    change.requirements.length > 0 ||
    sets.some((set) => set.added.length > 0 || set.removed.length > 0)
  );
}

function hasChanges(diff: UseCaseDiff): boolean {
  return (
    diff.renamedFrom !== null ||
    diff.phase !== null ||
    changesDecisions(diff) ||
    diff.diagnostics.added.length > 0 ||
    diff.diagnostics.fixed.length > 0
  );
}

function setChange(before: readonly string[], after: readonly string[]): SetChange {
  const [from, to] = [new Set(before), new Set(after)];
  return {
    added: [...to].filter((name) => !from.has(name)).sort(compareNames),
    removed: [...from].filter((name) => !to.has(name)).sort(compareNames),
  };
}

/** Each of the four requirements whose stated value changed, and which way. */
function diffRequirements(
  before: Requirements | undefined,
  after: Requirements | undefined,
): RequirementChange[] {
  return KINDS.flatMap((kind): RequirementChange[] => {
    const from = rawOf(before, kind);
    const to = rawOf(after, kind);
    if (from === to) return [];
    if (from === null || to === null)
      return [{ kind, from, to, direction: from === null ? 'added' : 'removed' }];
    return [
      { kind, from, to, direction: direction(kind, valueOf(before, kind), valueOf(after, kind)) },
    ];
  });
}

function direction(
  kind: RequirementKind,
  from: number | null,
  to: number | null,
): RequirementChange['direction'] {
  if (from === null || to === null || from === to) return 'changed';
  return to > from === STRICTER_WHEN_HIGHER[kind] ? 'tightened' : 'loosened';
}

/** The value the design states for a requirement: its row's text, as written. */
function rawOf(requirements: Requirements | undefined, kind: RequirementKind): string | null {
  const row = requirements?.rows.find((candidate) => classifyRequirement(candidate.name) === kind);
  return row === undefined ? null : row.raw.trim();
}

function valueOf(requirements: Requirements | undefined, kind: RequirementKind): number | null {
  if (!requirements) return null;
  switch (kind) {
    case 'latency':
      return requirements.latencyMs;
    case 'throughput':
      return requirements.throughputPerSecond;
    case 'availability':
      return requirements.availability;
    case 'freshness':
      return requirements.freshnessSeconds;
  }
}

/** New and fixed problems, matched by fingerprint, so a problem that only moved lines is neither. */
function diffDiagnostics(
  base: readonly Diagnostic[],
  head: readonly Diagnostic[],
): DiagnosticChange {
  const before = new Map(fingerprint(base).map(([diagnostic, key]) => [key, diagnostic]));
  const after = new Map(fingerprint(head).map(([diagnostic, key]) => [key, diagnostic]));
  return {
    added: [...after].filter(([key]) => !before.has(key)).map(([, diagnostic]) => diagnostic),
    fixed: [...before].filter(([key]) => !after.has(key)).map(([, diagnostic]) => diagnostic),
  };
}

function diagnosticsOf(change: DiagnosticChange, dir: string): DiagnosticChange {
  const inside = (diagnostic: Diagnostic) =>
    diagnostic.file === dir || diagnostic.file.startsWith(`${dir}/`);
  return { added: change.added.filter(inside), fixed: change.fixed.filter(inside) };
}

/** A base diagnostic with its folder as the head names it, so a renamed workspace keeps its problems. */
function moved(diagnostic: Diagnostic, moves: ReadonlyMap<string, string>): Diagnostic {
  const [top = ''] = diagnostic.file.split('/', 1);
  const to = moves.get(top);
  return to === undefined
    ? diagnostic
    : { ...diagnostic, file: to + diagnostic.file.slice(top.length) };
}

function keyOf(useCase: UseCase): UseCaseKey {
  return { id: useCase.id, name: useCase.name, dir: useCase.dir };
}
