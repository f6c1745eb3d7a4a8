import {
  DESIGN,
  idOfFolder,
  writeWorkspace,
  type CaseContext,
  type CaseSpec,
} from './case-spec.js';
import { designText, handoffText, statusText, VALID_PARTS, type DesignParts } from './documents.js';
import {
  ESM_LINES,
  HTML_PAYLOADS,
  JSX_LOOKING,
  LINK_DEFINITION,
  LINK_PAYLOADS,
  MERMAID_PAYLOADS,
  payloadAt,
  TEN_KB_WORD,
  TEN_KB_WORDS,
} from './payloads.js';

function unterminatedFence(): string {
  const text = designText({ title: 'Unterminated Fence' });
  const cut = text.indexOf('## Architecture Pattern Selected');
  return `${text.slice(0, cut)}\`\`\`python\nprint("never closed")\n\n${text.slice(cut)}`;
}

/** Every payload, in paragraphs, list items, a table, and as links. */
function hostileBody(payloads: readonly string[]): string {
  return [
    ...payloads,
    payloads.map((payload) => `- ${payload}`).join('\n'),
    `| Column | Payload |\n|---|---|\n${payloads.map((p, i) => `| ${i} | ${p.replace(/\|/g, '\\|')} |`).join('\n')}`,
    `Inline: ${payloads.join(' and ')}.`,
  ].join('\n\n');
}

const HTML_AND_LINKS = [...HTML_PAYLOADS, ...LINK_PAYLOADS];

/** Payloads in every field of a design that still follows the template. */
function payloadParts(
  payloads: readonly string[],
  at: (i: number) => string,
): Partial<DesignParts> {
  return {
    title: `Payloads ${at(0)}`,
    requirements: [
      ['Latency', `p99 < 50 ms ${at(1)}`, `POC Plan ${at(2)}`],
      ['Throughput', '2,000 req/s', at(3)],
      ['Availability', '99.95%', 'SLA'],
      ['Data freshness', 'real-time', 'Handoff Review'],
      [at(4), at(5), at(6)],
    ],
    constraints: [...payloads],
    pattern: `Real-Time Serving + ${at(7)}`,
    rationale: `Fast ${at(8)}`,
    components: [
      ...VALID_PARTS.components.map(([name, text], i) => [name!, `${text} ${at(9 + i)}`]),
      [at(14), at(15)],
    ],
    technologies: payloads.map((payload, i) => [
      `Component ${at(i + 1)}`,
      i % 2 === 0 ? payload : `Apache Kafka + ${payload}`,
      at(i + 2),
    ]),
    integrations: [[at(16), at(17), at(18)]],
    risks: [[at(19), at(20)]],
    alternatives: payloads.map((payload, i) => [
      payload,
      at(i + 3),
      at(i + 4),
      `Flink ${at(i + 5)}`,
    ]),
  };
}

/** A table cell cannot hold a raw pipe without splitting: escape the ones a payload does not escape itself. */
function cellSafe(payload: string): string {
  return payload.replace(/(?<!\\)\|/g, '\\|');
}

function payloadDesign(payloads: readonly string[], appendix = ''): string {
  const cells = payloads.map(cellSafe);
  return designText({ ...payloadParts(cells, (i) => payloadAt(cells, i)), appendix });
}

/** A status file naming the use case with a payload. */
function hostileStatus(c: CaseContext, payload: string): string {
  const id = idOfFolder(c.folders[0]!);
  return statusText(id, `Use case ${payload}`);
}

const TEN_KB = [TEN_KB_WORD, TEN_KB_WORDS, `Real-Time Serving ${TEN_KB_WORDS}`];

export const MARKUP_CASES: readonly CaseSpec[] = [
  {
    name: 'unterminated-code-fence',
    description:
      'A design whose code fence never closes (everything after it is code), and a handoff with an open ~~~ fence.',
    build: (c) =>
      writeWorkspace(c, {
        [DESIGN]: unterminatedFence(),
        '01_Handoff/Open_Fence.md': handoffText('Handoff', '~~~~\nnever closed'),
      }),
  },
  {
    name: 'raw-html',
    description:
      'Script, img onerror, iframe, svg onload and javascript: links in every field of a design and in a handoff document.',
    build: (c) =>
      writeWorkspace(c, {
        '00_Status.md': hostileStatus(c, HTML_PAYLOADS[0]!),
        [DESIGN]: payloadDesign(
          HTML_AND_LINKS,
          `${hostileBody(HTML_AND_LINKS)}\n\n${LINK_DEFINITION}`,
        ),
        '01_Handoff/DS-01_Handoff.md': handoffText(
          `Handoff ${HTML_PAYLOADS[0]}`,
          `${hostileBody(HTML_AND_LINKS)}\n\n${LINK_DEFINITION}`,
        ),
      }),
  },
  {
    name: 'jsx-looking-text',
    description:
      'p99 <100ms, {x}, <Foo/>, import and export lines in a valid design and a handoff document: plain text, never code.',
    build: (c) =>
      writeWorkspace(c, {
        [DESIGN]: designText({
          title: 'JSX Looking',
          requirements: [
            ['Latency', 'p99 <100ms', 'POC Plan'],
            ...VALID_PARTS.requirements.slice(1),
          ],
          rationale: `Serving, ${JSX_LOOKING.join(', ')}.`,
          appendix: `${ESM_LINES.join('\n\n')}\n\n${JSX_LOOKING.join('\n\n')}`,
        }),
        '01_Handoff/POC_Plan.md': `${ESM_LINES.join('\n\n')}\n\n${handoffText('POC Plan', JSX_LOOKING.join('\n\n'))}`,
      }),
  },
  {
    name: 'mermaid-breaking-names',
    description:
      'Technology, pattern, component, requirement and alternative names built to break mermaid or HTML, in every field.',
    build: (c) =>
      writeWorkspace(c, {
        '00_Status.md': hostileStatus(c, MERMAID_PAYLOADS[1]!),
        [DESIGN]: payloadDesign(MERMAID_PAYLOADS),
      }),
  },
  {
    name: 'ten-kilobyte-names',
    description: 'A 10 KB title, pattern, technology, component, requirement and alternative.',
    build: (c) =>
      writeWorkspace(c, {
        '00_Status.md': hostileStatus(c, TEN_KB_WORDS),
        [DESIGN]: payloadDesign(TEN_KB),
      }),
  },
];
