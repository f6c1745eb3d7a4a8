import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { diffCatalogs } from '../engine/diff/catalog-diff.js';
import type { CatalogModel } from '../engine/types.js';
import { DIFF_FORMATTERS } from '../format/diff/index.js';
import type { Command } from './args.js';
import { UsageError } from './args.js';
import { EXIT_OK, EXIT_PROBLEMS, type CliIo } from './io.js';

type DiffCommand = Extract<Command, { name: 'diff' }>;

/** Says what the change does; exit 1 when the head has errors the base did not. */
export async function runDiff(command: DiffCommand, io: CliIo): Promise<number> {
  const base = readCatalog(io.cwd, command.baseJson);
  const head = readCatalog(io.cwd, command.headJson);
  const diff = diffCatalogs(base, head);
  const context = { root: head.root };
  io.stdout.write(DIFF_FORMATTERS[command.format](diff, context));
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (command.format === 'github' && summaryFile)
    appendFileSync(summaryFile, DIFF_FORMATTERS.markdown(diff, context));
  return diff.summary.newErrors > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

/** A catalog JSON as `arch-catalog catalog` writes it, or a UsageError saying what it is not. */
function readCatalog(cwd: string, file: string): CatalogModel {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path.resolve(cwd, file), 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : 'not JSON';
    throw new UsageError(`${file}: ${reason}`);
  }
  const model = value as Partial<CatalogModel> | null;
  if (
    model?.schemaVersion !== 1 ||
    !Array.isArray(model.useCases) ||
    !Array.isArray(model.diagnostics) ||
    typeof model.root !== 'string'
  )
    throw new UsageError(`${file}: not a catalog (write one with arch-catalog catalog --out FILE)`);
  return model as CatalogModel;
}
