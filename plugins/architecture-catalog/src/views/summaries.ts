import { radarPlacesChosen, type RadarIndex } from '../engine/radar/radar.js';
import { compareNames } from '../engine/report/sort.js';
import type { Diagnostic, UseCase } from '../engine/types.js';
import type { CatalogPaths } from './catalog-paths.js';
import type {
  DiagnosticView,
  RadarFlag,
  RequirementMeasures,
  UseCaseRef,
  UseCaseSummary,
  ValidationState,
} from './types.js';
import {
  availabilityMeasure,
  freshnessMeasure,
  latencyMeasure,
  throughputMeasure,
} from './units.js';

export function useCaseRef(useCase: UseCase, paths: CatalogPaths): UseCaseRef {
  return { id: useCase.id, name: useCase.name, url: paths.useCase(useCase.dir) };
}

export function validationState(useCase: UseCase): ValidationState {
  if (useCase.errors > 0) return 'errors';
  if (useCase.design === null) return 'no-design';
  return useCase.warnings > 0 ? 'warnings' : 'valid';
}

export function requirementMeasures(useCase: UseCase): RequirementMeasures {
  const requirements = useCase.design?.requirements;
  return {
    latency: latencyMeasure(requirements?.latencyMs ?? null),
    throughput: throughputMeasure(
      requirements?.throughputPerSecond ?? null,
      requirements?.throughputStated ?? null,
    ),
    availability: availabilityMeasure(requirements?.availability ?? null),
    freshness: freshnessMeasure(requirements?.freshnessSeconds ?? null),
  };
}

/** Canonical names of the known technologies a use case chose, sorted. */
export function chosenTechnologies(useCase: UseCase): string[] {
  const names = new Set<string>();
  for (const choice of useCase.design?.technologies ?? []) {
    for (const technology of choice.technologies) if (technology.known) names.add(technology.name);
  }
  return [...names].sort(compareNames);
}

export function summarise(
  useCase: UseCase,
  paths: CatalogPaths,
  radar: RadarIndex,
): UseCaseSummary {
  return {
    ...useCaseRef(useCase, paths),
    phase: useCase.phase,
    status: useCase.status,
    patterns: (useCase.design?.patterns ?? []).map((name) => ({ name, url: paths.pattern(name) })),
    requirements: requirementMeasures(useCase),
    technologies: chosenTechnologies(useCase),
    validation: validationState(useCase),
    errors: useCase.errors,
    warnings: useCase.warnings,
    radar: radarFlags(useCase, radar),
  };
}

function radarFlags(useCase: UseCase, radar: RadarIndex): RadarFlag[] {
  if (radar.size === 0) return [];
  const { placed, unplaced } = radarPlacesChosen(useCase.design?.technologies ?? [], radar);
  const hold = [...placed].some((entry) => entry.ring === 'hold');
  return [
    ...(hold ? (['hold'] as const) : []),
    ...(unplaced.size > 0 ? (['off-radar'] as const) : []),
  ];
}

export function diagnosticView(diagnostic: Diagnostic, paths: CatalogPaths): DiagnosticView {
  return {
    ruleId: diagnostic.ruleId,
    severity: diagnostic.severity,
    file: diagnostic.file,
    line: diagnostic.line,
    column: diagnostic.column,
    message: diagnostic.message,
    hint: diagnostic.hint ?? null,
    documentUrl: paths.documentLine(diagnostic.file, diagnostic.line),
  };
}
