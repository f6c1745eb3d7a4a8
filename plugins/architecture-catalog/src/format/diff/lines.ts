import type {
  CatalogDiff,
  DesignChange,
  SetChange,
  UseCaseDiff,
  UseCaseKey,
} from '../../engine/diff/types.js';
import type { Diagnostic } from '../../engine/types.js';
import { plural } from '../../views/words.js';
import type { DiffContext } from './formatter.js';

/** One fact of a use case's change: a label and its text, both plain (formats escape them). */
export interface DiffLine {
  label: string;
  text: string;
}

const REQUIREMENT_LABELS = {
  latency: 'Latency',
  throughput: 'Throughput',
  availability: 'Availability',
  freshness: 'Data freshness',
} as const;

export function useCaseTitle(useCase: UseCaseKey): string {
  return `${useCase.id} ${useCase.name}`;
}

/** `3 use cases changed, 1 added, 1 removed; 1 new error, 1 fixed`. */
export function summaryText(diff: CatalogDiff): string {
  const { summary } = diff;
  const catalog = [
    `${plural(summary.changed, 'use case')} changed`,
    `${summary.added} added`,
    `${summary.removed} removed`,
  ].join(', ');
  const fresh = summary.newErrors + summary.newWarnings;
  const fixed = summary.fixedErrors + summary.fixedWarnings;
  const problems =
    fresh === 0 && fixed === 0
      ? 'no problem added or fixed'
      : [
          ...(summary.newErrors > 0 ? [`${plural(summary.newErrors, 'new error')}`] : []),
          ...(summary.newWarnings > 0 ? [`${plural(summary.newWarnings, 'new warning')}`] : []),
          ...(fixed > 0 ? [`${fixed} fixed`] : []),
        ].join(', ');
  return `${catalog}; ${problems}`;
}

/** What changed in a use case, in a few words, for a summary table. */
export function changeInBrief(change: UseCaseDiff): string {
  const parts = [
    ...(change.renamedFrom ? [`moved from ${change.renamedFrom}`] : []),
    ...(change.phase ? ['phase'] : []),
    ...(change.design.from !== change.design.to ? ['design'] : []),
    ...(changed(change.patterns) ? ['pattern'] : []),
    ...(change.requirements.length > 0 ? [plural(change.requirements.length, 'requirement')] : []),
    ...(changed(change.technologies) ? ['technologies'] : []),
    ...(changed(change.alternatives) ? ['alternatives'] : []),
    ...(change.diagnostics.added.length > 0
      ? [plural(change.diagnostics.added.length, 'new problem')]
      : []),
    ...(change.diagnostics.fixed.length > 0 ? [`${change.diagnostics.fixed.length} fixed`] : []),
  ];
  return parts.join(', ');
}

/** Each fact of a use case's change, in a fixed order. */
export function changeLines(change: UseCaseDiff, ctx: DiffContext): DiffLine[] {
  return [
    ...(change.renamedFrom
      ? [{ label: 'Moved', text: `${change.renamedFrom} → ${change.dir}` }]
      : []),
    ...(change.phase
      ? [
          {
            label: 'Phase',
            text: `${change.phase.from ?? 'unknown'} → ${change.phase.to ?? 'unknown'}`,
          },
        ]
      : []),
    ...designLines(change),
    ...change.diagnostics.added.map((diagnostic) => ({
      label: `New ${diagnostic.severity}`,
      text: diagnosticText(diagnostic, ctx),
    })),
    ...change.diagnostics.fixed.map((diagnostic) => ({
      label: `Fixed ${diagnostic.severity}`,
      text: `${diagnostic.message} (${diagnostic.ruleId})`,
    })),
  ];
}

/** What a change did to a design's decisions: the design itself, patterns, requirements, technologies, alternatives. */
export function designLines(change: DesignChange): DiffLine[] {
  return [
    ...(change.design.from !== change.design.to
      ? [{ label: 'Architecture Design', text: change.design.to ? 'added' : 'removed' }]
      : []),
    ...setLine('Pattern', change.patterns),
    ...change.requirements.map((requirement) => ({
      label: `${REQUIREMENT_LABELS[requirement.kind]} ${requirement.direction}`,
      text: `${requirement.from ?? '(none)'} → ${requirement.to ?? '(none)'}`,
    })),
    ...setLine('Technologies', change.technologies),
    ...setLine('Alternatives considered', change.alternatives),
  ];
}

export function diagnosticText(diagnostic: Diagnostic, ctx: DiffContext): string {
  return `${diagnostic.message} (${diagnostic.ruleId}) at ${displayFile(diagnostic.file, ctx)}:${diagnostic.line}:${diagnostic.column}`;
}

export function displayFile(file: string, ctx: DiffContext): string {
  return ctx.root === '.' || ctx.root === '' ? file : `${ctx.root}/${file}`;
}

function setLine(label: string, change: SetChange): DiffLine[] {
  if (!changed(change)) return [];
  const parts = [
    ...(change.added.length > 0 ? [`added ${change.added.join(', ')}`] : []),
    ...(change.removed.length > 0 ? [`removed ${change.removed.join(', ')}`] : []),
  ];
  return [{ label, text: parts.join('; ') }];
}

function changed(change: SetChange): boolean {
  return change.added.length > 0 || change.removed.length > 0;
}
