import { DESIGN, writeWorkspace, type CaseSpec } from './case-spec.js';
import { designText, handoffText, VALID_PARTS, withLineEndings } from './documents.js';

/** A valid design with one deliberate warning (an empty Source) whose line the tests know. */
export function designWithKnownWarning(frontMatter?: string): string {
  const requirements = VALID_PARTS.requirements.map((row) =>
    row[0] === 'Data freshness' ? [row[0], row[1]!, ''] : row,
  );
  return designText({ requirements, frontMatter });
}

const BINARY = Uint8Array.from([
  0x89,
  0x50,
  0x4e,
  0x47,
  0x0d,
  0x0a,
  0x1a,
  0x0a,
  ...Array.from({ length: 4096 }, (_, i) => (i * 31 + 7) & 0xff),
]);

/** A valid design with bytes that are not UTF-8 in the middle: a bad continuation, 0xFF, an overlong `/`. */
function invalidUtf8Design(): Uint8Array {
  const text = Buffer.from(designText({ title: 'Invalid UTF-8' }));
  const bad = Uint8Array.from([0xc3, 0x28, 0x20, 0xff, 0x20, 0xc0, 0xaf]);
  const cut = text.indexOf('## Constraints');
  return Buffer.concat([text.subarray(0, cut), bad, text.subarray(cut)]);
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const little = Buffer.from(`\ufeff${text}`, 'utf16le');
  return bigEndian ? Buffer.from(little).swap16() : little;
}

export const FRONT_MATTER = 'title: A design with front matter\ntags: [fraud, streaming]';

export const ENCODING_CASES: readonly CaseSpec[] = [
  {
    name: 'empty-file',
    description: 'An empty Architecture Design and an empty handoff document.',
    build: (c) => writeWorkspace(c, { [DESIGN]: '', '01_Handoff/Empty.md': '' }),
  },
  {
    name: 'only-front-matter',
    description: 'An Architecture Design that is nothing but a front matter block.',
    build: (c) => writeWorkspace(c, { [DESIGN]: `---\n${FRONT_MATTER}\n---\n` }),
  },
  {
    name: 'binary',
    description: 'A PNG-like binary file (NUL bytes) saved as the Architecture Design.',
    build: (c) => writeWorkspace(c, { [DESIGN]: BINARY, '01_Handoff/Image.md': BINARY }),
  },
  {
    name: 'invalid-utf8',
    description: 'A design with bytes that are not UTF-8, and a Latin-1 handoff document.',
    build: (c) =>
      writeWorkspace(c, {
        [DESIGN]: invalidUtf8Design(),
        '01_Handoff/Latin1.md': Buffer.from(handoffText('Caf\xe9 cr\xe8me', 'Na\xefve.'), 'latin1'),
      }),
  },
  {
    name: 'utf16-bom',
    description: 'A valid design saved as UTF-16 LE with a BOM; a handoff saved as UTF-16 BE.',
    build: (c) =>
      writeWorkspace(c, {
        [DESIGN]: utf16(designText(), false),
        '01_Handoff/Utf16_Be.md': utf16(handoffText('Handoff', 'Saved by an old editor.'), true),
      }),
  },
  {
    name: 'utf8-bom',
    description:
      'A valid design (with front matter) and status saved with a UTF-8 BOM: valid, one missing-source warning.',
    build: (c) =>
      writeWorkspace(c, {
        '00_Status.md': `\ufeff# Implementation Status: Utf8 Bom\n\n**Phase:** Architecture\n`,
        [DESIGN]: `\ufeff${designWithKnownWarning(FRONT_MATTER)}`,
      }),
  },
  {
    name: 'crlf-line-endings',
    description:
      'A valid design (with front matter) and status with CRLF line endings: valid, one missing-source warning.',
    build: (c) =>
      writeWorkspace(c, {
        '00_Status.md': withLineEndings(
          '# Implementation Status: Crlf\n\n**Phase:** Architecture\n',
          '\r\n',
        ),
        [DESIGN]: withLineEndings(designWithKnownWarning(FRONT_MATTER), '\r\n'),
      }),
  },
  {
    name: 'lone-cr-line-endings',
    description:
      'A valid design and status with lone-CR (classic Mac) line endings: valid, one missing-source warning.',
    build: (c) =>
      writeWorkspace(c, {
        '00_Status.md': withLineEndings(
          '# Implementation Status: Lone Cr\n\n**Phase:** Architecture\n',
          '\r',
        ),
        [DESIGN]: withLineEndings(designWithKnownWarning(), '\r'),
      }),
  },
];
