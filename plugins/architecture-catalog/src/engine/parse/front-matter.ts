import { isMap, isScalar, parseDocument } from 'yaml';

export interface FrontMatter {
  /** The parsed mapping, or undefined when the block is absent or not a mapping. */
  data: Record<string, unknown> | undefined;
  /** The markdown with the front matter block blanked out, so every line keeps its number. */
  body: string;
  error?: { message: string; line: number; column: number };
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

/** Reads an optional leading YAML block (`---` ... `---`). Never throws. */
export function readFrontMatter(text: string): FrontMatter {
  const opening = OPENING.exec(text);
  if (!opening) return { data: undefined, body: text };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return { data: undefined, body: text };
  const blockEnd = opening[0].length + closing.index + closing[0].length;
  const yamlText = rest.slice(0, closing.index);
  // Lone CRs become LF first: blanking `a\r---\n` must not leave one CRLF for two line breaks.
  const blanked = text
    .slice(0, blockEnd)
    .replace(/\r(?!\n)/g, '\n')
    .replace(/[^\r\n]/g, '');
  const body = blanked + text.slice(blockEnd);
  return { ...parseYamlMapping(yamlText), body };
}

function parseYamlMapping(yamlText: string): Omit<FrontMatter, 'body'> {
  const document = parseDocument(yamlText, { prettyErrors: false });
  const [firstError] = document.errors;
  if (firstError) {
    const [line, column] = firstError.linePos?.[0]
      ? [firstError.linePos[0].line + 1, firstError.linePos[0].col]
      : [2, 1];
    return { data: undefined, error: { message: firstLine(firstError.message), line, column } };
  }
  try {
    const value: unknown = document.toJS({ maxAliasCount: 50 });
    if (value === null || value === undefined) return { data: undefined };
    if (typeof value !== 'object' || Array.isArray(value)) {
      return {
        data: undefined,
        error: { message: 'front matter is not a mapping', line: 2, column: 1 },
      };
    }
    return { data: value as Record<string, unknown> };
  } catch (error) {
    return { data: undefined, error: { message: firstLine(String(error)), line: 2, column: 1 } };
  }
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0] ?? message;
}

/**
 * Where each top-level key of the front matter block starts (1-based line
 * and column in the file), for reports on a key. Empty without a block.
 */
export function frontMatterKeyPositions(
  text: string,
): Map<string, { line: number; column: number }> {
  const positions = new Map<string, { line: number; column: number }>();
  const opening = OPENING.exec(text);
  if (!opening) return positions;
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return positions;
  const yamlText = rest.slice(0, closing.index);
  const contents = parseDocument(yamlText).contents;
  if (!isMap(contents)) return positions;
  for (const item of contents.items) {
    if (!isScalar(item.key) || item.key.range === undefined || item.key.range === null) continue;
    const offset = item.key.range[0];
    const before = yamlText.slice(0, offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    positions.set(String(item.key.value), {
      line: 2 + (before.match(/\n/g)?.length ?? 0),
      column: offset - lineStart + 1,
    });
  }
  return positions;
}
