import type { CatalogModel, Diagnostic, UseCase } from '../engine/types.js';
import type { FormatContext, Formatter } from './formatter.js';
import { displayPath, groupByFile, messageWithHint } from './shared.js';

/** The suite of diagnostics that belong to no use case folder. */
export const TREE_SUITE = '(tree)';

// Not allowed anywhere in an XML 1.0 document: C0 controls other than tab, LF
// and CR; U+FFFE and U+FFFF; and UTF-16 surrogates that are not in a pair.
const XML_ILLEGAL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function stripXmlIllegal(text: string): string {
  return text.replace(XML_ILLEGAL, '');
}

const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
// In attributes, line breaks and tabs are kept as character references:
// parsers would otherwise normalise them to spaces.
const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  ...TEXT_ESCAPES,
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

export function escapeXmlText(text: string): string {
  return stripXmlIllegal(text).replace(/[&<>"']/g, (char) => TEXT_ESCAPES[char] ?? char);
}

export function escapeXmlAttribute(text: string): string {
  return stripXmlIllegal(text).replace(/[&<>"'\n\r\t]/g, (char) => ATTRIBUTE_ESCAPES[char] ?? char);
}

function attributes(values: Readonly<Record<string, string | number>>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(String(value))}"`)
    .join('');
}

interface TestCase {
  name: string;
  file: string;
  failure: Diagnostic | undefined;
  warnings: Diagnostic[];
}

interface Suite {
  name: string;
  classname: string;
  cases: TestCase[];
}

function isWithin(file: string, dir: string): boolean {
  return file === dir || file.startsWith(`${dir}/`);
}

/** The use case whose folder holds `file` (the deepest, should folders nest). */
function owningUseCase(file: string, useCases: readonly UseCase[]): UseCase | undefined {
  let owner: UseCase | undefined;
  for (const useCase of useCases) {
    if (isWithin(file, useCase.dir) && (!owner || useCase.dir.length > owner.dir.length)) {
      owner = useCase;
    }
  }
  return owner;
}

/**
 * The test cases of one file: one passing case when it has no errors, else
 * one case per error (CI systems collapse cases with equal names, so each is
 * named after its error). Warnings go to the first case's output.
 */
function fileCases(
  file: string,
  diagnostics: readonly Diagnostic[],
  ctx: FormatContext,
): TestCase[] {
  const name = displayPath(file, ctx);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity !== 'error');
  if (errors.length === 0) return [{ name, file: name, failure: undefined, warnings }];
  return errors.map((error, index) => ({
    name: `${name} [${error.ruleId} at ${error.line}:${error.column}]`,
    file: name,
    failure: error,
    warnings: index === 0 ? warnings : [],
  }));
}

/** The use case's documents in order, then any other file a diagnostic names (such as the folder). */
function suiteFiles(documents: readonly string[], diagnosed: readonly string[]): string[] {
  return [...new Set([...documents, ...diagnosed])];
}

function buildSuites(model: CatalogModel, ctx: FormatContext): Suite[] {
  const perUseCase = new Map<UseCase | undefined, Diagnostic[]>();
  for (const diagnostic of model.diagnostics) {
    const owner = owningUseCase(diagnostic.file, model.useCases);
    perUseCase.set(owner, [...(perUseCase.get(owner) ?? []), diagnostic]);
  }
  const suite = (
    name: string,
    classname: string,
    documents: readonly string[],
    diagnostics: readonly Diagnostic[],
  ): Suite => {
    const files = groupByFile(diagnostics);
    return {
      name,
      classname,
      cases: suiteFiles(documents, [...files.keys()]).flatMap((file) =>
        fileCases(file, files.get(file) ?? [], ctx),
      ),
    };
  };
  const suites = model.useCases.map((useCase) =>
    suite(
      useCase.name === '' ? useCase.id : `${useCase.id} ${useCase.name}`,
      useCase.id,
      useCase.documents.map((document) => document.path),
      perUseCase.get(useCase) ?? [],
    ),
  );
  const orphans = perUseCase.get(undefined);
  if (orphans) suites.push(suite(TREE_SUITE, TREE_SUITE, [], orphans));
  return suites;
}

function location(diagnostic: Diagnostic, ctx: FormatContext): string {
  return `${displayPath(diagnostic.file, ctx)}:${diagnostic.line}:${diagnostic.column}`;
}

function failureBody(diagnostic: Diagnostic, ctx: FormatContext): string {
  return `${location(diagnostic, ctx)} ${diagnostic.ruleId} ${messageWithHint(diagnostic)}`;
}

function warningLine(diagnostic: Diagnostic, ctx: FormatContext): string {
  return `${location(diagnostic, ctx)} warning ${diagnostic.ruleId} ${diagnostic.message}${
    diagnostic.hint === undefined ? '' : ` (hint: ${diagnostic.hint})`
  }`;
}

function testCaseXml(testCase: TestCase, classname: string, ctx: FormatContext): string[] {
  const open = `    <testcase${attributes({ classname, name: testCase.name, file: testCase.file })}`;
  const { failure, warnings } = testCase;
  if (!failure && warnings.length === 0) return [`${open}/>`];
  const lines = [`${open}>`];
  if (failure) {
    lines.push(
      `      <failure${attributes({ message: failure.message, type: failure.ruleId })}>${escapeXmlText(
        failureBody(failure, ctx),
      )}</failure>`,
    );
  }
  if (warnings.length > 0) {
    const text = warnings.map((warning) => warningLine(warning, ctx)).join('\n');
    lines.push(`      <system-out>${escapeXmlText(text)}</system-out>`);
  }
  lines.push('    </testcase>');
  return lines;
}

function failureCount(suite: Suite): number {
  return suite.cases.filter((testCase) => testCase.failure).length;
}

function suiteXml(suite: Suite, ctx: FormatContext): string[] {
  const open = `  <testsuite${attributes({
    name: suite.name,
    tests: suite.cases.length,
    failures: failureCount(suite),
    errors: 0,
  })}`;
  if (suite.cases.length === 0) return [`${open}/>`];
  return [
    `${open}>`,
    ...suite.cases.flatMap((testCase) => testCaseXml(testCase, suite.classname, ctx)),
    '  </testsuite>',
  ];
}

/**
 * JUnit XML: a suite per use case (model order) plus `(tree)` for problems
 * outside every use case folder, a test case per document, a `<failure>` per
 * error and the warnings in `<system-out>`.
 */
export const formatJunit: Formatter = (model: CatalogModel, ctx: FormatContext): string => {
  const suites = buildSuites(model, ctx);
  const tests = suites.reduce((sum, suite) => sum + suite.cases.length, 0);
  const failures = suites.reduce((sum, suite) => sum + failureCount(suite), 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: 'arch-catalog', tests, failures, errors: 0 })}>`,
    ...suites.flatMap((suite) => suiteXml(suite, ctx)),
    '</testsuites>',
    '',
  ].join('\n');
};
