import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { catalogJson } from '../format/json.js';
import type { Command } from './args.js';
import { EXIT_OK, type CliIo } from './io.js';
import { resolveSetup } from './resolve-setup.js';
import { buildForCli } from './run-build.js';
import { plural } from './validate.js';

type CatalogCommand = Extract<Command, { name: 'catalog' }>;

/** Writes the model whatever the diagnostics say: exit 0 unless the setup is wrong. */
export async function runCatalog(command: CatalogCommand, io: CliIo): Promise<number> {
  const setup = resolveSetup(io.cwd, command.root, command.config);
  const model = await buildForCli(setup, command.run, io);
  const json = catalogJson(model);
  if (command.out === undefined) {
    io.stdout.write(json);
    return EXIT_OK;
  }
  const target = path.resolve(io.cwd, command.out);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, json);
  io.stderr.write(
    `arch-catalog: wrote ${plural(model.summary.useCases, 'use case')} to ${command.out}\n`,
  );
  return EXIT_OK;
}
