import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogViews } from '../../plugins/architecture-catalog/src/views/build-views.js';
import { matrixToCsv } from '../../plugins/architecture-catalog/src/views/csv.js';
import { designText, statusText, VALID_PARTS } from '../hostile/corpus/documents.js';
import { viewsOfTree } from './views-of-tree.js';

const DESIGN = '02_Architecture/Architecture_Design.md';

/**
 * A workspace whose design chooses `technologies` ([component, technology cell] rows) and
 * rejects `alternatives` (Alternative cells).
 */
function workspace(
  folder: string,
  technologies: readonly (readonly [string, string])[],
  alternatives: readonly string[] = ['Tecton'],
  throughput = '2,000 req/s',
  extraRequirements: string[][] = [],
) {
  const id = folder.slice(0, 6);
  return {
    [`${folder}/00_Status.md`]: statusText(id, folder.slice(7).replace(/_/g, ' ')),
    [`${folder}/${DESIGN}`]: designText({
      requirements: [
        ...VALID_PARTS.requirements.map((row) =>
          row[0] === 'Throughput' ? ['Throughput', throughput, 'POC Plan'] : row,
        ),
        ...extraRequirements,
      ],
      technologies: technologies.map(([component, cell]) => [component, cell, 'Chosen in the POC']),
      alternatives: alternatives.map((alternative) => [alternative, 'Fast', 'Cost', 'Lock-in']),
    }),
  };
}

/** The catalog's pages over a tree written to a temporary folder, through the real engine. */
function viewsOf(tree: Record<string, string>): CatalogViews {
  return viewsOfTree(tree);
}

/*
 * Counted by hand:
 * - Databricks: UC-101 (Processing and Tracking rows) and UC-102 (Processing): 2 use cases.
 * - UC-101's S3 sits in an Event transport row; S3 is Data Lake / Storage.
 * - UC-101's MLflow is Experiment Tracking; Databricks beside it is Batch Processing.
 * - Chronon is unknown: it keeps the category of its row (Scoring service: Model Serving).
 */
const TREE = {
  ...workspace('UC-101_Counts', [
    ['Processing', 'Spark on Databricks'],
    ['Tracking', 'MLflow on Databricks'],
    ['Event transport', 'Kafka + S3'],
    ['Scoring service', 'Chronon'],
  ]),
  ...workspace('UC-102_Other', [['Processing', 'Databricks']]),
};

const pageOf = (views: CatalogViews, name: string) =>
  views.technology.find((page) => page.data.technology.name === name)?.data;

describe('comparisons across use cases', () => {
  let views: CatalogViews;
  beforeAll(() => {
    views = viewsOf(TREE);
  });

  const technology = (name: string) => pageOf(views, name)!;
  const matrixRow = (category: string): (string[] | undefined)[] => {
    const { rows, cells } = views.matrix.data;
    return (cells[rows.indexOf(category)] ?? []).map((cell) => cell?.technologies);
  };

  it('counts use cases, not table rows, and lists each use case once with all its components', () => {
    const databricks = technology('Databricks');
    expect(databricks.technology.chosenCount).toBe(2);
    expect(databricks.chosen.map((row) => row.useCase.id)).toEqual(['UC-101', 'UC-102']);
    expect(databricks.chosen[0]?.components.map((c) => c.component)).toEqual([
      'Processing',
      'Tracking',
    ]);
    const chart = views.index.data.charts.topTechnologies.find(
      (count) => count.name === 'Databricks',
    );
    expect(chart?.count).toBe(2);
  });

  it('lists the names the technology table does not know, with who chose them', () => {
    expect(views.technologies.data.unknown).toEqual([
      { name: 'Chronon', useCases: [expect.objectContaining({ id: 'UC-101' })] },
    ]);
  });

  it("puts each known technology in its own category's row, an unknown one in its row's", () => {
    expect(matrixRow('Event Streaming')).toEqual([['Kafka'], undefined]);
    expect(matrixRow('Data Lake / Storage')).toEqual([['S3'], undefined]);
    expect(matrixRow('Experiment Tracking')).toEqual([['MLflow'], undefined]);
    expect(matrixRow('Batch Processing')).toEqual([['Spark', 'Databricks'], ['Databricks']]);
    expect(matrixRow('Model Serving')).toEqual([['Chronon'], undefined]);
  });

  it('gives compare and the CSV file the same placement', () => {
    const [first] = views.compare.data.useCases;
    expect(first?.technologies['Event Streaming']).toEqual(['Kafka']);
    expect(first?.technologies['Data Lake / Storage']).toEqual(['S3']);
    const csv = matrixToCsv(views.matrix.data, [0, 1]);
    expect(csv).toContain('Event Streaming,Kafka,\r\n');
    expect(csv).toContain('Data Lake / Storage,S3,\r\n');
    expect(csv).toContain('Batch Processing,Spark; Databricks,Databricks\r\n');
  });
});

/*
 * Counted by hand: UC-111 chose SageMaker Endpoints and TF Lite (int8), and rejected Snowflake ML;
 * UC-112 chose SageMaker Training and Snowflake. Nobody wrote SageMaker alone.
 */
describe('products, families and qualifiers', () => {
  let views: CatalogViews;
  beforeAll(() => {
    views = viewsOf({
      ...workspace(
        'UC-111_Edge',
        [
          ['Serving', 'SageMaker Endpoints'],
          ['On-device runtime', 'TF Lite (int8)'],
        ],
        ['Snowflake ML (in-warehouse training)'],
      ),
      ...workspace('UC-112_Warehouse', [
        ['Training', 'SageMaker Training'],
        ['Warehouse', 'Snowflake'],
      ]),
    });
  });

  it('gives a family a page listing its products and who chose each', () => {
    const sagemaker = pageOf(views, 'SageMaker')!;
    expect(sagemaker.technology.chosenCount).toBe(0);
    expect(sagemaker.technology.productCount).toBe(2);
    expect(
      sagemaker.products.map((product) => [product.name, product.useCases.map((u) => u.id)]),
    ).toEqual([
      ['SageMaker Endpoints', ['UC-111']],
      ['SageMaker Training', ['UC-112']],
    ]);
    expect(pageOf(views, 'SageMaker Endpoints')?.technology.family?.name).toBe('SageMaker');
    expect(pageOf(views, 'Snowflake')?.products).toEqual([]);
  });

  it('attributes a rejection to the product named', () => {
    expect(pageOf(views, 'Snowflake')?.technology).toMatchObject({
      chosenCount: 1,
      rejectedCount: 0,
    });
    expect(pageOf(views, 'Snowflake ML')?.technology).toMatchObject({
      chosenCount: 0,
      rejectedCount: 1,
      family: { name: 'Snowflake' },
    });
  });

  it('keeps words in parentheses as qualifiers, not technologies', () => {
    expect(pageOf(views, 'int8')).toBeUndefined();
    expect(
      views.matrix.data.cells.flat().flatMap((cell) => cell?.technologies ?? []),
    ).not.toContain('int8');
    const lite = pageOf(views, 'TensorFlow Lite')!;
    expect(lite.chosen.map((row) => row.components.map((c) => c.raw))).toEqual([
      ['TF Lite (int8)'],
    ]);
  });
});

/*
 * By hand: 2.4M predictions in a 2 h window is 2,400,000 / 7,200 = 333.3/s (not 2.4M / 86,400 =
 * 27.8/s); 2,140 x 48 per hourly run is 102,720 / 3,600 = 28.5/s (not 48 / 3,600); one every 2 s
 * is 0.5/s. So the nightly batch is the highest throughput of the four, above 100 req/s.
 */
describe('rates as the designs state them', () => {
  let views: CatalogViews;
  beforeAll(() => {
    const serving = [['Serving', 'KServe']] as const;
    views = viewsOf({
      ...workspace(
        'UC-121_Nightly',
        serving,
        ['Tecton'],
        '2.4M predictions per night with a 2-hour batch window',
      ),
      ...workspace('UC-122_Online', serving, ['Tecton'], '100 req/s'),
      ...workspace(
        'UC-123_Grid',
        serving,
        ['Tecton'],
        '2,140 substations x 48 horizons per hourly run',
      ),
      ...workspace('UC-124_Sensor', serving, ['Tecton'], 'one reading every 2 s'),
      ...workspace('UC-125_Window_Row', serving, ['Tecton'], '2.4M predictions per night', [
        ['Batch window', '2 hours', 'Retention team SLA'],
      ]),
    });
  });

  it('compares per second over the stated window and shows the figure as stated', () => {
    const throughput = views.compare.data.useCases.map((entry) => [
      entry.id,
      entry.requirements.throughput,
    ]);
    expect(throughput).toEqual([
      ['UC-121', { value: 2_400_000 / 7_200, display: '2.4M/night in a 2 h window ≈ 333.3/s' }],
      ['UC-122', { value: 100, display: '100/s' }],
      ['UC-123', { value: (2_140 * 48) / 3_600, display: '102.7k/h ≈ 28.5/s' }],
      ['UC-124', { value: 0.5, display: '1 every 2 s ≈ 0.5/s' }],
      ['UC-125', { value: 2_400_000 / 7_200, display: '2.4M/night in a 2 h window ≈ 333.3/s' }],
    ]);
    const highest = Math.max(
      ...views.compare.data.useCases.map((e) => e.requirements.throughput.value ?? 0),
    );
    expect(
      views.compare.data.useCases.find((e) => e.requirements.throughput.value === highest)?.id,
    ).toBe('UC-121');
  });
});
