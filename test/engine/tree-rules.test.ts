import { describe, expect, it } from 'vitest';
import { catalogOf, fixture } from '../helpers.js';

const model = catalogOf(fixture('trees', 'mixed'));
const rule = (id: string) => model.diagnostics.filter((diagnostic) => diagnostic.ruleId === id);

describe('a tree with every kind of workspace problem', () => {
  it('keeps every workspace, sorted by id, and skips _Templates and hidden folders', () => {
    expect(model.useCases.map((useCase) => useCase.dir)).toEqual([
      'UC-001_Alpha',
      'UC-001_Copy',
      'UC-002_Beta',
      'UC-003_Waiting',
      'uc-4 Loose',
    ]);
  });

  it('reads name, phase and status from 00_Status.md, and the folder otherwise', () => {
    const [alpha, , beta] = model.useCases;
    expect(alpha).toMatchObject({
      id: 'UC-001',
      name: 'Alpha Scoring',
      phase: 'Architecture',
      status: 'In Progress',
    });
    expect(beta).toMatchObject({
      id: 'UC-002',
      name: 'Beta',
      phase: null,
      status: null,
      design: null,
    });
  });

  it('invalid-workspace-name: a stray folder, and a loosely named workspace kept with a warning', () => {
    expect(rule('invalid-workspace-name')).toEqual([
      expect.objectContaining({ file: 'notes', line: 1, column: 1, severity: 'warning' }),
      expect.objectContaining({ file: 'uc-4 Loose', hint: 'rename it to UC-4_Loose' }),
    ]);
  });

  it('duplicate-use-case-id: reported on the later workspace, naming the first', () => {
    expect(rule('duplicate-use-case-id')).toEqual([
      expect.objectContaining({
        file: 'UC-001_Copy',
        severity: 'error',
        message: "Use case id UC-001 is already used by 'UC-001_Alpha'",
      }),
    ]);
  });

  it('missing-status: only where 00_Status.md is absent', () => {
    expect(rule('missing-status').map((diagnostic) => diagnostic.file)).toEqual(['UC-002_Beta']);
  });

  it('missing-architecture-design: unknown phase fails, Handoff passes', () => {
    expect(rule('missing-architecture-design')).toEqual([
      expect.objectContaining({
        file: 'UC-002_Beta',
        message: expect.stringContaining('its phase is unknown'),
      }),
    ]);
  });

  it('counts errors and warnings per use case and in the summary', () => {
    expect(model.useCases.find((useCase) => useCase.dir === 'UC-002_Beta')).toMatchObject({
      errors: 1,
      warnings: 1,
    });
    expect(model.summary).toEqual({ useCases: 5, documents: 8, errors: 2, warnings: 3 });
  });

  it('lists documents with their kinds', () => {
    expect(model.useCases[0]?.documents).toEqual([
      { path: 'UC-001_Alpha/00_Status.md', kind: 'status' },
      { path: 'UC-001_Alpha/01_Handoff/POC_Plan.md', kind: 'handoff' },
      { path: 'UC-001_Alpha/02_Architecture/Architecture_Design.md', kind: 'architecture-design' },
    ]);
  });

  it('models the design: patterns, numbers, technologies, alternatives', () => {
    const design = model.useCases[0]?.design;
    expect(design).toMatchObject({
      title: 'Fraud Detection',
      patterns: ['Real-Time Serving', 'Streaming'],
      requirements: {
        latencyMs: 50,
        throughputPerSecond: 2000,
        availability: 0.9995,
        freshnessSeconds: 0,
      },
      constraints: ['Card data must stay in the EU region', 'Budget capped at 8k EUR per month'],
    });
    expect(design?.technologies[1]?.technologies.map((technology) => technology.name)).toEqual([
      'Feast',
      'Redis',
      'BigQuery',
    ]);
    expect(design?.alternatives[0]?.technologies).toEqual(['Tecton']);
    expect(Object.keys(design?.components ?? {})).toEqual([
      'Data Pipeline',
      'Feature Engineering',
      'Model Training',
      'Model Serving',
      'Monitoring',
    ]);
  });

  it('honours severities from the config, including off', () => {
    const quiet = catalogOf(fixture('trees', 'mixed'), {
      rules: { 'missing-status': 'off', 'duplicate-use-case-id': 'warn' },
    });
    expect(quiet.diagnostics.some((diagnostic) => diagnostic.ruleId === 'missing-status')).toBe(
      false,
    );
    expect(
      quiet.diagnostics.find((diagnostic) => diagnostic.ruleId === 'duplicate-use-case-id')
        ?.severity,
    ).toBe('warning');
  });
});
