import { describe, expect, it } from 'vitest';
import { csvField, matrixToCsv, visibleColumns } from './csv.js';
import type { CatalogLinks, MatrixData } from './types.js';

const links: CatalogLinks = {
  index: '/catalog/',
  radar: '/catalog/radar',
  timeline: null,
  patterns: '/catalog/patterns',
  technologies: '/catalog/technologies',
  matrix: '/catalog/matrix',
  compare: '/catalog/compare',
  validation: '/catalog/validation',
  catalogJson: '/catalog/catalog.json',
};

function column(id: string, patterns: string[] = []) {
  return { id, name: `Use case ${id}`, url: `/catalog/${id}`, patterns };
}

const matrix: MatrixData = {
  links,
  rows: ['Stream processing', 'Feature store', 'Serving'],
  columns: [column('UC-001', ['Streaming']), column('UC-002'), column('UC-003', ['Streaming'])],
  cells: [
    [
      { technologies: ['Apache Flink', 'Kafka'], raw: ['Flink + Kafka'] },
      null,
      { technologies: ['Spark Structured Streaming'], raw: ['Spark'] },
    ],
    [
      { technologies: ['Feast'], raw: ['Feast'] },
      { technologies: ['Tecton'], raw: ['Tecton'] },
      null,
    ],
    [null, null, null],
  ],
  patterns: ['Streaming'],
  rings: {},
};

describe('csvField', () => {
  it('leaves plain text alone', () => {
    expect(csvField('Kafka')).toBe('Kafka');
    expect(csvField('')).toBe('');
    expect(csvField('a; b')).toBe('a; b');
  });

  it('quotes fields with commas, quotes, CR or LF and doubles quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField('"')).toBe('""""');
  });

  it('defuses spreadsheet formulas', () => {
    expect(csvField('=SUM(A1:A2)')).toBe("'=SUM(A1:A2)");
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('\tTab')).toBe("'\tTab");
    expect(csvField('\rx')).toBe('"\'\rx"');
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
  });

  it('does not touch formula characters after the first', () => {
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField('C++')).toBe('C++');
  });
});

describe('matrixToCsv', () => {
  it('writes a header and one record per category, CRLF terminated', () => {
    expect(matrixToCsv(matrix, [0, 1, 2])).toBe(
      [
        'Component,UC-001,UC-002,UC-003',
        'Stream processing,Apache Flink; Kafka,,Spark Structured Streaming',
        'Feature store,Feast,Tecton,',
        'Serving,,,',
        '',
      ].join('\r\n'),
    );
  });

  it('keeps only the visible columns, in the order given', () => {
    expect(matrixToCsv(matrix, [2, 0])).toBe(
      [
        'Component,UC-003,UC-001',
        'Stream processing,Spark Structured Streaming,Apache Flink; Kafka',
        'Feature store,,Feast',
        'Serving,,',
        '',
      ].join('\r\n'),
    );
  });

  it('ignores column indices out of range', () => {
    expect(matrixToCsv(matrix, [1, 7, -1])).toBe(
      ['Component,UC-002', 'Stream processing,', 'Feature store,Tecton', 'Serving,', ''].join(
        '\r\n',
      ),
    );
  });

  it('writes only the category column when no column is visible', () => {
    expect(matrixToCsv(matrix, [])).toBe(
      'Component\r\nStream processing\r\nFeature store\r\nServing\r\n',
    );
  });

  it('escapes and defuses document text in categories, ids and technologies', () => {
    const hostile: MatrixData = {
      links,
      rows: ['=cmd|" /C calc"!A0', 'Storage, cold'],
      columns: [column('-UC,1')],
      cells: [
        [{ technologies: ['@evil', 'ok "quoted"'], raw: [] }],
        [{ technologies: ['S3\nGlacier'], raw: [] }],
      ],
      patterns: [],
      rings: {},
    };
    expect(matrixToCsv(hostile, [0])).toBe(
      [
        `Component,"'-UC,1"`,
        `"'=cmd|"" /C calc""!A0","'@evil; ok ""quoted"""`,
        `"Storage, cold","S3\nGlacier"`,
        '',
      ].join('\r\n'),
    );
  });

  it('handles an empty matrix', () => {
    expect(
      matrixToCsv({ links, rows: [], columns: [], cells: [], patterns: [], rings: {} }, []),
    ).toBe('Component\r\n');
  });
});

describe('visibleColumns', () => {
  const columns = [
    { patterns: ['Streaming'] },
    { patterns: [] },
    { patterns: ['Batch Prediction', 'Streaming'] },
  ] as unknown as MatrixData['columns'];

  it('shows every column without a pattern, and those of the pattern with one', () => {
    expect(visibleColumns(columns, '')).toEqual([0, 1, 2]);
    expect(visibleColumns(columns, 'Streaming')).toEqual([0, 2]);
    expect(visibleColumns(columns, 'Embedded')).toEqual([]);
  });
});
