import { describe, expect, it } from 'vitest';
import { DIAGNOSTICS, HOSTILE, makeContext, makeModel } from './__fixtures__/model.js';
import { childElements, parseXml, textOf, type XmlElement } from './__fixtures__/xml.js';
import { escapeXmlAttribute, escapeXmlText, formatJunit, stripXmlIllegal } from './junit.js';

const UC1 = 'docs/UC-001 Fraud Détection';

function junit(diagnostics = DIAGNOSTICS): XmlElement {
  return parseXml(formatJunit(makeModel(diagnostics), makeContext()));
}

function summary(element: XmlElement): Record<string, string | undefined> {
  const { name, tests, failures, errors } = element.attributes;
  return { name, tests, failures, errors };
}

describe('formatJunit', () => {
  it('is well-formed XML with totals that add up', () => {
    const root = junit();
    expect(root.name).toBe('testsuites');
    expect(summary(root)).toEqual({ name: 'arch-catalog', tests: '7', failures: '3', errors: '0' });
    const suites = childElements(root, 'testsuite');
    expect(suites.map(summary)).toEqual([
      { name: 'UC-001 Fraud Detection', tests: '3', failures: '2', errors: '0' },
      { name: 'UC-002 Recommendations', tests: '3', failures: '1', errors: '0' },
      { name: '(tree)', tests: '1', failures: '0', errors: '0' },
    ]);
    for (const suite of suites) {
      const cases = childElements(suite, 'testcase');
      expect(String(cases.length)).toBe(suite.attributes.tests);
      expect(String(cases.filter((c) => childElements(c, 'failure').length > 0).length)).toBe(
        suite.attributes.failures,
      );
      // Unique names, so no CI system folds two failures into one.
      expect(new Set(cases.map((c) => c.attributes.name)).size).toBe(cases.length);
    }
  });

  it('has a case per document, a case per error, and the folder as a case of its own', () => {
    const cases = childElements(junit(), 'testsuite').map((suite) =>
      childElements(suite, 'testcase').map((c) => [c.attributes.classname, c.attributes.name]),
    );
    expect(cases).toEqual([
      [
        ['UC-001', `${UC1}/architecture-design.md [missing-section at 3:1]`],
        ['UC-001', `${UC1}/architecture-design.md [table-columns at 140:12]`],
        ['UC-001', `${UC1}/STATUS.md`],
      ],
      [
        ['UC-002', 'docs/UC-002-recs/technology-selection.md'],
        ['UC-002', 'docs/UC-002-recs/STATUS.md'],
        ['UC-002', 'docs/UC-002-recs [missing-architecture-design at 1:1]'],
      ],
      [['(tree)', 'docs/stray']],
    ]);
  });

  it('puts each error in a failure and the warnings in system-out, text intact but for illegal characters', () => {
    const [uc1] = childElements(junit(), 'testsuite');
    const [first, second] = childElements(uc1!, 'testcase');
    const [failure] = childElements(first!, 'failure');
    const expectedMessage = `Missing section "${HOSTILE.replace('\u001b', '')}"`;
    expect(failure!.attributes).toEqual({ message: expectedMessage, type: 'missing-section' });
    expect(textOf(failure!)).toBe(
      `${UC1}/architecture-design.md:3:1 missing-section ${expectedMessage}\nhint: Add a "## Latency" section.`,
    );
    expect(childElements(first!, 'system-out').map(textOf)).toEqual([
      `${UC1}/architecture-design.md:12:5 warning placeholder Placeholder "TBD" remains`,
    ]);
    expect(childElements(second!, 'system-out')).toEqual([]);
  });

  it('escapes markup and strips what XML cannot hold', () => {
    const output = formatJunit(makeModel(), makeContext());
    expect(output).not.toContain('<script>');
    expect(output).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(output).not.toContain('\u001b');
    const nasty = { ...DIAGNOSTICS[2]!, message: `a\u0000b\ufffe\ud800c'&"\u{1F600}` };
    const [failure] = childElements(
      childElements(childElements(junit([nasty]), 'testsuite')[0]!, 'testcase')[0]!,
      'failure',
    );
    expect(failure!.attributes.message).toBe(`abc'&"\u{1F600}`);
  });

  it('lists every document as passing when there is nothing to report', () => {
    const root = junit([]);
    expect(summary(root)).toEqual({ name: 'arch-catalog', tests: '4', failures: '0', errors: '0' });
    expect(childElements(root, 'testsuite').map((suite) => suite.attributes.name)).toEqual([
      'UC-001 Fraud Detection',
      'UC-002 Recommendations',
    ]);
  });
});

describe('XML escaping', () => {
  it('escapes the five special characters, and line breaks in attributes', () => {
    expect(escapeXmlText(`<a href="x">&'</a>\n`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;\n',
    );
    expect(escapeXmlAttribute('a\nb\tc\rd')).toBe('a&#10;b&#9;c&#13;d');
  });

  it('strips C0 controls but tab, LF and CR; U+FFFE/FFFF; lone surrogates', () => {
    expect(
      stripXmlIllegal(
        '\u0000\u0008\t\n\r\u000b\u001f\u007f\ufffe\uffff\ud83d\ude00\ud83d\ude00\udc00x',
      ),
    ).toBe('\t\n\r\u007f\u{1F600}\u{1F600}x');
  });
});

describe('the XML reader these tests rely on', () => {
  it('rejects what is not well-formed', () => {
    for (const bad of [
      '<a><b></a>',
      '<a x="<"/>',
      '<a>&foo;</a>',
      '<a>&#0;</a>',
      '<a x="1" x="2"/>',
      '<a/><b/>',
      '<a>\u0001</a>',
    ]) {
      expect(() => parseXml(bad), bad).toThrow();
    }
    expect(parseXml('<?xml version="1.0"?>\n<a x=\'&#10;\'>t&amp;<b/></a>\n')).toEqual({
      name: 'a',
      attributes: { x: '\n' },
      children: ['t&', { name: 'b', attributes: {}, children: [] }],
    });
  });
});
