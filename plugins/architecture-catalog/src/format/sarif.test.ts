import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../engine/types.js';
import { DIAGNOSTICS, makeContext, makeModel, RULES } from './__fixtures__/model.js';
import { fingerprintMessage } from '../engine/report/fingerprint.js';
import { FINGERPRINT_KEY, formatSarif, type SarifLog, toSarif, toUriReference } from './sarif.js';

const SCHEMAS = new URL('../../../../test/fixtures/schemas/', import.meta.url);

function readSchema(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(name, SCHEMAS), 'utf8')) as Record<string, unknown>;
}

function compile(
  schema: Record<string, unknown>,
  options: { unicodeRegExp?: boolean } = {},
): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, ...options });
  addFormats(ajv);
  return ajv.compile(schema);
}

/**
 * The two OASIS SARIF 2.1.0 schemas (see test/fixtures/schemas/README.md):
 * - the draft-07 one the TC published with the standard; its `language`
 *   pattern is not a valid `u` regular expression, so Ajv compiles it without;
 * - the normative errata01 one, written for draft-04. It uses no keyword whose
 *   meaning changed between draft-04 and draft-07, so it is compiled as
 *   draft-07 after renaming the draft-04 `id` to `$id`.
 */
const VALIDATORS: Record<string, ValidateFunction> = {
  'sarif-schema-2.1.0.json': compile(readSchema('sarif-schema-2.1.0.json'), {
    unicodeRegExp: false,
  }),
  'sarif-schema-2.1.0-errata01.json': (() => {
    const { id, $schema: _draft04, ...rest } = readSchema('sarif-schema-2.1.0-errata01.json');
    return compile({ $schema: 'http://json-schema.org/draft-07/schema#', $id: id, ...rest });
  })(),
};

function sarif(diagnostics: readonly Diagnostic[] = DIAGNOSTICS): SarifLog {
  return JSON.parse(formatSarif(makeModel(diagnostics), makeContext())) as SarifLog;
}

function fingerprints(log: SarifLog): string[] {
  return log.runs[0]!.results.map((result) => result.partialFingerprints[FINGERPRINT_KEY] ?? '');
}

describe('formatSarif', () => {
  describe.each(Object.entries(VALIDATORS))('against %s', (_name, validate) => {
    it('is valid SARIF 2.1.0', () => {
      const valid = validate(sarif());
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
      expect(validate(sarif([]))).toBe(true);
    });

    it('would be caught with a wrong version or a zero line', () => {
      expect(validate({ ...sarif(), version: '2.1.1' })).toBe(false);
      const log = sarif();
      log.runs[0]!.results[0]!.locations[0]!.physicalLocation.region.startLine = 0;
      expect(validate(log)).toBe(false);
    });
  });

  it('describes the tool and every rule, with its default level', () => {
    const log = sarif();
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    const driver = log.runs[0]!.tool.driver;
    expect(driver).toMatchObject({ name: 'arch-catalog', version: '1.2.3' });
    expect(driver.rules.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.id));
    expect(driver.rules.map((rule) => rule.defaultConfiguration.level)).toEqual([
      'error',
      'warning',
      'error',
      'error',
      'warning',
      'warning',
      'none',
    ]);
    expect(driver.rules[1]).toEqual({
      id: 'placeholder',
      shortDescription: { text: 'No template placeholder text remains.' },
      fullDescription: { text: 'No template placeholder text remains.' },
      help: {
        text: 'Replace `TBD` and `[...]` with content.',
        markdown: 'Replace `TBD` and `[...]` with content.',
      },
      defaultConfiguration: { level: 'warning' },
    });
  });

  it("points each rule at its page when the rule reference's URL is configured", () => {
    const context = makeContext({ ruleDocsUrl: 'https://docs.example.com/rules' });
    const log = JSON.parse(formatSarif(makeModel(), context)) as SarifLog;
    expect(log.runs[0]!.tool.driver.rules[1]!.helpUri).toBe(
      'https://docs.example.com/rules/placeholder',
    );
    for (const validate of Object.values(VALIDATORS)) expect(validate(log)).toBe(true);
    expect(sarif().runs[0]!.tool.driver.rules[1]!.helpUri).toBeUndefined();
  });

  it('reports each diagnostic with rule, level, message and hint, and an encoded relative URI', () => {
    const run = sarif().runs[0]!;
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/repo/' } });
    expect(run.results).toHaveLength(DIAGNOSTICS.length);
    const [first] = run.results;
    expect(first).toMatchObject({
      ruleId: 'missing-section',
      ruleIndex: 0,
      level: 'error',
      message: { text: `${DIAGNOSTICS[0]!.message}\nhint: Add a "## Latency" section.` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: {
              uri: 'docs/UC-001%20Fraud%20D%C3%A9tection/architecture-design.md',
              uriBaseId: '%SRCROOT%',
            },
            region: { startLine: 3, startColumn: 1 },
          },
        },
      ],
    });
    expect(run.results.map((result) => [result.ruleIndex, result.level])).toEqual([
      [0, 'error'],
      [1, 'warning'],
      [2, 'error'],
      [3, 'error'],
      [4, 'warning'],
      [5, 'warning'],
    ]);
  });

  it('leaves out ruleIndex for a rule the context does not describe', () => {
    const log = toSarif(makeModel(), makeContext({ rules: [] }));
    expect(log.runs[0]!.results[0]).not.toHaveProperty('ruleIndex');
  });
});

describe('fingerprints', () => {
  it('do not change when lines move', () => {
    const moved = DIAGNOSTICS.map((d) => ({ ...d, line: d.line + 17, column: d.column + 2 }));
    expect(fingerprints(sarif(moved))).toEqual(fingerprints(sarif()));
  });

  it('ignore positions quoted in the message', () => {
    const at = (line: number): Diagnostic => ({
      ...DIAGNOSTICS[0]!,
      ruleId: 'duplicate-section',
      line,
      message: `Section "Latency" repeats the one at line ${line - 40} (lines ${line - 40}-${line - 30}, 4:2)`,
    });
    expect(fingerprints(sarif([at(50)]))).toEqual(fingerprints(sarif([at(90)])));
    expect(fingerprintMessage('value 250 ms at line 12, column 3')).toBe(
      'value 250 ms at line #, column #',
    );
  });

  it('differ between sections, rules, files and messages', () => {
    const base = DIAGNOSTICS[1]!;
    const variants: Diagnostic[] = [
      base,
      { ...base, section: 'Requirements Summary' },
      { ...base, section: undefined },
      { ...base, ruleId: 'empty-section' },
      { ...base, file: 'UC-002-recs/technology-selection.md' },
      { ...base, message: 'Placeholder "[...]" remains' },
    ];
    const values = fingerprints(sarif(variants));
    expect(new Set(values).size).toBe(variants.length);
    for (const value of values) expect(value).toMatch(/^[0-9a-f]{64}:1$/);
  });

  it('number otherwise identical diagnostics in order', () => {
    const twice = [DIAGNOSTICS[1]!, { ...DIAGNOSTICS[1]!, line: 30 }];
    const [first, second] = fingerprints(sarif(twice));
    expect(first?.endsWith(':1')).toBe(true);
    expect(second).toBe(`${first?.slice(0, -2)}:2`);
  });
});

describe('toUriReference', () => {
  it('percent-encodes each segment but keeps the slashes', () => {
    expect(toUriReference('docs/UC-001 Fraud Détection/a#b?c%.md')).toBe(
      'docs/UC-001%20Fraud%20D%C3%A9tection/a%23b%3Fc%25.md',
    );
    expect(toUriReference('../x y/z.md')).toBe('../x%20y/z.md');
  });
});
