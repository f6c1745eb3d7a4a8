import { readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileSafely } from '../engine/io/write-file-safely.js';
import {
  applyBaseline,
  baselineOf,
  BaselineError,
  parseBaseline,
  serializeBaseline,
  type BaselineResult,
} from '../engine/report/baseline.js';
import type { CatalogModel } from '../engine/types.js';
import { plural } from '../views/words.js';
import type { Command } from './args.js';
import { UsageError } from './args.js';
import { EXIT_OK, type CliIo } from './io.js';
import { resolveSetup } from './resolve-setup.js';
import { buildForCli } from './run-build.js';

type BaselineCommand = Extract<Command, { name: 'baseline' }>;

/** Writes every problem of today as accepted; exit 0 whatever they are. */
export async function runBaseline(command: BaselineCommand, io: CliIo): Promise<number> {
  const setup = resolveSetup(io.cwd, command.root, command.config);
  const baseline = baselineOf(buildForCli(setup, command.run, io));
  writeFileSafely(path.resolve(io.cwd, command.out), (out) => out(serializeBaseline(baseline)));
  io.stderr.write(
    `arch-catalog: wrote ${plural(baseline.entries.length, 'problem')} to ${command.out}\n`,
  );
  return EXIT_OK;
}

/**
 * `validate --baseline FILE`: the catalog without the problems FILE accepts,
 * and the entries that no longer occur; with `prune`, those are dropped
 * from the file.
 */
export function withBaseline(
  model: CatalogModel,
  option: { file: string; prune: boolean },
  io: CliIo,
): BaselineResult {
  const target = path.resolve(io.cwd, option.file);
  let text: string;
  try {
    text = readFileSync(target, 'utf8');
  } catch {
    throw new UsageError(
      `baseline file not found: ${option.file} (write one with arch-catalog baseline)`,
    );
  }
  let result: BaselineResult;
  try {
    const baseline = parseBaseline(text, option.file);
    result = applyBaseline(model, baseline);
    if (option.prune && result.stale.length > 0) {
      const stale = new Set(result.stale);
      const kept = { ...baseline, entries: baseline.entries.filter((entry) => !stale.has(entry)) };
      writeFileSafely(target, (out) => out(serializeBaseline(kept)));
    }
  } catch (error) {
    if (error instanceof BaselineError) throw new UsageError(error.message);
    throw error;
  }
  return result;
}

/** What the baseline left out, and what of it no longer occurs: a line for stderr. */
export function baselineLine(
  result: BaselineResult,
  option: { file: string; prune: boolean },
): string {
  const left = `arch-catalog: ${plural(result.suppressed.length, 'problem')} accepted by ${option.file} left out`;
  if (result.stale.length === 0) return `${left}\n`;
  const one = result.stale.length === 1;
  const stale = `${result.stale.length} ${one ? 'entry' : 'entries'}`;
  const occur = one ? 'occurs' : 'occur';
  return option.prune
    ? `${left}; dropped ${stale} that no longer ${occur}\n`
    : `${left}; ${stale} no longer ${occur}: run with --prune to drop ${one ? 'it' : 'them'}\n`;
}
