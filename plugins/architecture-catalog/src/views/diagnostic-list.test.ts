import { describe, expect, it } from 'vitest';
import { diagnosticList } from './diagnostic-list.js';
import type { DiagnosticView } from './types.js';
import { countLabel } from './words.js';

const view = (file: string, severity: DiagnosticView['severity'], line = 1): DiagnosticView => ({
  ruleId: 'placeholder',
  severity,
  file,
  line,
  column: 1,
  message: 'm',
  hint: null,
  documentUrl: null,
});

describe('diagnosticList', () => {
  it('puts errors first and keeps the engine order within a severity', () => {
    const given = [
      view('UC-001_A/a.md', 'warning', 1),
      view('UC-001_A/a.md', 'error', 2),
      view('UC-001_A/b.md', 'warning', 1),
      view('UC-001_A/b.md', 'error', 1),
    ];
    const list = diagnosticList(given, 'UC-001_A');
    expect(list.items.map((d) => `${d.severity} ${d.file}:${d.line}`)).toEqual([
      'error UC-001_A/a.md:2',
      'error UC-001_A/b.md:1',
      'warning UC-001_A/a.md:1',
      'warning UC-001_A/b.md:1',
    ]);
    expect([list.errors, list.warnings, list.baseDir]).toEqual([2, 2, 'UC-001_A']);
  });

  it('drops no prefix when nothing lies inside the folder', () => {
    expect(diagnosticList([view('UC-001_A', 'warning')], 'UC-001_A').baseDir).toBeNull();
    expect(diagnosticList([view('UC-001_AB/x.md', 'error')], 'UC-001_A').baseDir).toBeNull();
    expect(diagnosticList([view('UC-001_A/x.md', 'error')]).baseDir).toBeNull();
  });
});

describe('countLabel', () => {
  it('counts each severity, singular or plural', () => {
    expect(countLabel(1, 0)).toBe('1 error, 0 warnings');
    expect(countLabel(3, 1)).toBe('3 errors, 1 warning');
  });
});
