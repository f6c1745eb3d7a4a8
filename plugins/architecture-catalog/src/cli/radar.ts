import path from 'node:path';
import { radarUsage } from '../engine/radar/usage.js';
import { createTechnologyIndex } from '../engine/technologies/index.js';
import { writeFileSafely } from '../engine/io/write-file-safely.js';
import { RADAR_FORMATTERS } from '../format/radar/index.js';
import type { Command } from './args.js';
import { EXIT_OK, type CliIo } from './io.js';
import { resolveSetup } from './resolve-setup.js';
import { buildForCli } from './run-build.js';

type RadarCommand = Extract<Command, { name: 'radar' }>;

/** Writes the radar with its usage whatever the diagnostics say: exit 0 unless the setup is wrong. */
export async function runRadar(command: RadarCommand, io: CliIo): Promise<number> {
  const setup = resolveSetup(io.cwd, command.root, command.config);
  const model = buildForCli(setup, command.run, io);
  const { radar: entries, radarQuadrants: quadrants, technologies } = setup.config;
  const policy = { entries, quadrants };
  const usage = radarUsage(model.useCases, policy, createTechnologyIndex(technologies));
  const newest = entries.reduce<string | null>(
    (latest, entry) =>
      entry.since !== null && (latest === null || entry.since > latest) ? entry.since : latest,
    null,
  );
  const text = RADAR_FORMATTERS[command.format](usage, policy, {
    asOf: command.asOf ?? newest ?? new Date().toISOString().slice(0, 10),
    newSince: command.newSince,
  });
  if (entries.length === 0)
    io.stderr.write('arch-catalog: the config places no technology on the radar (radar:)\n');
  if (command.out === undefined) {
    io.stdout.write(text);
    return EXIT_OK;
  }
  writeFileSafely(path.resolve(io.cwd, command.out), (out) => out(text));
  io.stderr.write(
    `arch-catalog: wrote the radar (${entries.length} technologies) to ${command.out}\n`,
  );
  return EXIT_OK;
}
