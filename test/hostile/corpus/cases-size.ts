import { DESIGN, idOfFolder, writeWorkspace, type CaseSpec } from './case-spec.js';
import { designText, handoffText, statusText, VALID_PARTS, type DesignParts } from './documents.js';

const MB = 1024 * 1024;

/** A valid design padded with prose to just over 6 MB. */
function sixMegabytes(): string {
  const head = designText({ title: 'Six Megabytes' });
  const sentence = 'The pipeline scores every transaction within the latency budget. ';
  const padding = sentence.repeat(Math.ceil((6 * MB - head.length) / sentence.length) + 1);
  return `${head}\n${padding}\n`;
}

function headings(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(`${'#'.repeat(2 + (i % 5))} Heading ${i}\n`);
  return lines.join('\n');
}

function nestedList(depth: number): string {
  return Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
}

function nestedBlockquote(depth: number): string {
  return [`${'> '.repeat(depth)}deep`, `${'>'.repeat(depth)} deeper`, 'lazy continuation'].join(
    '\n',
  );
}

function withMonitoring(text: string): string[][] {
  return VALID_PARTS.components.map(([name, value]) =>
    name === 'Monitoring' ? [name, `${value}\n\n${text}`] : [name!, value!],
  );
}

function wideTable(columns: number): Pick<DesignParts, 'technologyHeader' | 'technologies'> {
  const extra = Array.from({ length: columns - 3 }, (_, i) => `Extra ${i + 4}`);
  const row = (component: string, technology: string): string[] => [
    component,
    technology,
    'Existing platform',
    ...extra.map((_, i) => `cell ${i + 4}`),
  ];
  return {
    technologyHeader: ['Component', 'Technology', 'Rationale', ...extra],
    technologies: [row('Event transport', 'Apache Kafka'), row('Feature store', 'Feast')],
  };
}

const CYCLE = ['Apache Kafka', 'Flink', 'Feast', 'Redis', 'Inhouse Scorer'];

function longTable(rows: number): string[][] {
  return Array.from({ length: rows }, (_, i) => [
    `Component ${i}`,
    CYCLE[i % CYCLE.length]!,
    `Reason ${i}`,
  ]);
}

/** Shapes the markdown parser needs quadratic time for, each about 100 KB. */
const PARSER_PATHOLOGIES: Record<string, string> = {
  'Emphasis.md': '*a'.repeat(40_000),
  'Strikethrough.md': '~a'.repeat(40_000),
  'Brackets.md': `${'['.repeat(40_000)}a${']'.repeat(40_000)}`,
  'Footnotes.md': '[^a'.repeat(30_000),
  'Lazy_Lines.md': `> quoted\n${'and a lazy line\n'.repeat(6000)}`,
};

export const SIZE_CASES: readonly CaseSpec[] = [
  {
    name: 'six-megabyte-document',
    description: 'A 6 MB Architecture Design: over the 5 MB limit.',
    build: (c) => writeWorkspace(c, { [DESIGN]: sixMegabytes() }),
  },
  {
    name: 'twenty-thousand-headings',
    description: 'A valid design followed by 20,000 headings of levels 2 to 6.',
    build: (c) =>
      writeWorkspace(c, {
        [DESIGN]: designText({ title: 'Headings', appendix: headings(20_000) }),
      }),
  },
  {
    name: 'nested-lists',
    description: 'A list nested 1,000 deep in the Monitoring subsection of a valid design.',
    build: (c) =>
      writeWorkspace(c, { [DESIGN]: designText({ components: withMonitoring(nestedList(1000)) }) }),
  },
  {
    name: 'nested-blockquotes',
    description: 'Blockquotes nested 1,000 deep in the Monitoring subsection of a valid design.',
    build: (c) =>
      writeWorkspace(c, {
        [DESIGN]: designText({ components: withMonitoring(nestedBlockquote(1000)) }),
      }),
  },
  {
    name: 'parser-pathologies',
    description:
      'Emphasis, strikethrough, bracket and footnote runs, and 6,000 lazy lines in a quote: quadratic for the markdown parser.',
    build: (c) =>
      writeWorkspace(c, {
        [DESIGN]: designText({ components: withMonitoring('*a'.repeat(40_000)) }),
        ...Object.fromEntries(
          Object.entries(PARSER_PATHOLOGIES).map(([file, text]) => [`01_Handoff/${file}`, text]),
        ),
      }),
  },
  {
    name: 'slow-lines',
    description:
      'One line of each shape that once took seconds to minutes to validate: a status title of 20,000 spaces, 20,000 paragraphs before the Pattern field, a Latency cell ending in 100,000 dots, a technology cell of 25,000 `A/B `, 12,500 setext headings.',
    build: (c) => {
      const design = designText({
        requirements: [
          ['Latency', `p99 < 50 ms${'.'.repeat(100_000)}`, 'POC Plan'],
          ...VALID_PARTS.requirements.slice(1),
        ],
        technologies: [
          ['Event transport', 'A/B '.repeat(25_000), 'Existing platform'],
          ...VALID_PARTS.technologies.slice(1),
        ],
      }).replace(
        '## Architecture Pattern Selected\n',
        `## Architecture Pattern Selected\n\n${'p\n\n'.repeat(20_000)}`,
      );
      writeWorkspace(c, {
        '00_Status.md': statusText(idOfFolder(c.folders[0]!), `Slow${' '.repeat(20_000)}Lines`),
        [DESIGN]: design,
        '01_Handoff/Setext.md': handoffText('Setext', 'a\n=\n\n'.repeat(12_500)),
      });
    },
  },
  {
    name: 'table-500-columns',
    description: 'A Technology Choices table with 500 columns.',
    build: (c) => writeWorkspace(c, { [DESIGN]: designText(wideTable(500)) }),
  },
  {
    name: 'table-50000-rows',
    description: 'A Technology Choices table with 50,000 rows.',
    build: (c) => writeWorkspace(c, { [DESIGN]: designText({ technologies: longTable(50_000) }) }),
  },
];
