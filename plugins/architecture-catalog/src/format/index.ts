import type { CatalogModel } from '../engine/types.js';
import type { FormatContext } from './formatter.js';
import type { FormatName, Formatter, StreamingFormatter } from './formatter.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatJson, streamCatalogJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatPretty } from './pretty.js';
import { formatSarif } from './sarif.js';

export const FORMATTERS: Readonly<Record<FormatName, Formatter>> = {
  pretty: formatPretty,
  json: formatJson,
  github: formatGithub,
  sarif: formatSarif,
  junit: formatJunit,
  gitlab: formatGitlab,
};

/** The formats whose reports can grow past what one string should hold, in pieces. */
export const STREAMING_FORMATTERS: Readonly<Partial<Record<FormatName, StreamingFormatter>>> = {
  json: (model, _context, out) => streamCatalogJson(model, out),
};

/** Writes the report of `format` to `write`, in pieces where the format allows. */
export function writeReport(
  format: FormatName,
  model: CatalogModel,
  context: FormatContext,
  write: (text: string) => void,
): void {
  const streaming = STREAMING_FORMATTERS[format];
  if (streaming) writeInPieces((out) => streaming(model, context, out), write);
  else write(FORMATTERS[format](model, context));
}

/** Runs `produce` and writes what it hands out, gathered into writes of about a megabyte. */
export function writeInPieces(
  produce: (out: (piece: string) => void) => void,
  write: (text: string) => void,
): void {
  const buffered = bufferedWriter(write);
  produce(buffered.add);
  buffered.flush();
}

/** Gathers small pieces into writes of about a megabyte. */
export function bufferedWriter(write: (text: string) => void, size = 1 << 20) {
  let pieces: string[] = [];
  let length = 0;
  const flush = (): void => {
    if (pieces.length > 0) write(pieces.join(''));
    pieces = [];
    length = 0;
  };
  return {
    add(piece: string): void {
      pieces.push(piece);
      length += piece.length;
      if (length >= size) flush();
    },
    flush,
  };
}

export { FORMAT_NAMES, isFormatName } from './formatter.js';
export type { FormatContext, FormatName, Formatter, StreamingFormatter } from './formatter.js';
export { formatGithub, formatStepSummary } from './github.js';
export { formatJson, streamCatalogJson } from './json.js';
export { formatJunit } from './junit.js';
export { formatPretty } from './pretty.js';
export { formatSarif, toSarif } from './sarif.js';
