import path from 'node:path';
import { writeFileSafely } from '../engine/io/write-file-safely.js';
import { writeInPieces } from '../format/index.js';
import { streamCatalogJson } from '../format/json.js';
import type { CatalogModel } from '../engine/types.js';
import type { Command } from './args.js';
import { EXIT_OK, type CliIo } from './io.js';
import { resolveSetup } from './resolve-setup.js';
import { buildForCli } from './run-build.js';
import { plural } from '../views/words.js';

type CatalogCommand = Extract<Command, { name: 'catalog' }>;

/** Writes the model whatever the diagnostics say: exit 0 unless the setup is wrong. */
export async function runCatalog(command: CatalogCommand, io: CliIo): Promise<number> {
  const setup = resolveSetup(io.cwd, command.root, command.config);
  const model = buildForCli(setup, command.run, io);
  if (command.out === undefined) {
    writeJson(model, (text) => io.stdout.write(text));
    return EXIT_OK;
  }
  const target = path.resolve(io.cwd, command.out);
  writeFileSafely(target, (out) => writeJson(model, out));
  io.stderr.write(
    `arch-catalog: wrote ${plural(model.summary.useCases, 'use case')} to ${command.out}\n`,
  );
  return EXIT_OK;
}

function writeJson(model: CatalogModel, write: (text: string) => void): void {
  writeInPieces((out) => streamCatalogJson(model, out), write);
}
