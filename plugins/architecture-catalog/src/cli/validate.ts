import { appendFileSync } from 'node:fs';
import { RULES } from '../engine/rules/index.js';
import type { CatalogModel } from '../engine/types.js';
import { formatStepSummary } from '../format/github.js';
import { writeReport } from '../format/index.js';
import { plural } from '../views/words.js';
import type { FormatContext } from '../format/formatter.js';
import type { Command } from './args.js';
import { EXIT_OK, EXIT_PROBLEMS, type CliIo } from './io.js';
import { resolveSetup } from './resolve-setup.js';
import { baselineLine, withBaseline } from './baseline.js';
import { buildForCli } from './run-build.js';
import { toolVersion } from './version.js';

type ValidateCommand = Extract<Command, { name: 'validate' }>;

export async function runValidate(command: ValidateCommand, io: CliIo): Promise<number> {
  const setup = resolveSetup(io.cwd, command.root, command.config);
  const all = buildForCli(setup, command.run, io);
  const accepted = command.baseline ? withBaseline(all, command.baseline, io) : null;
  const built = accepted?.model ?? all;
  const model = command.quiet ? errorsOnly(built) : built;
  const context: FormatContext = {
    cwd: io.cwd,
    rootDir: setup.rootDir,
    rules: RULES,
    color: wantsColor(io),
    toolVersion: toolVersion(),
    hiddenWarnings: built.summary.warnings - model.summary.warnings,
    ...(setup.config.ruleDocsUrl !== undefined && { ruleDocsUrl: setup.config.ruleDocsUrl }),
  };
  writeReport(command.format, model, context, (text) => io.stdout.write(text));
  if (accepted && command.baseline) io.stderr.write(baselineLine(accepted, command.baseline));
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (command.format === 'github' && summaryFile)
    appendFileSync(summaryFile, formatStepSummary(model, context));
  const failed = model.summary.errors > 0 || model.summary.warnings > command.maxWarnings;
  if (model.summary.errors === 0 && model.summary.warnings > command.maxWarnings) {
    io.stderr.write(
      `arch-catalog: ${plural(model.summary.warnings, 'warning')}, more than --max-warnings ${command.maxWarnings}\n`,
    );
  }
  return failed ? EXIT_PROBLEMS : EXIT_OK;
}

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
function wantsColor(io: CliIo): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.stdout.isTTY === true;
}

/** `--quiet`: warnings are neither shown nor counted. */
function errorsOnly(model: CatalogModel): CatalogModel {
  return {
    ...model,
    useCases: model.useCases.map((useCase) => ({ ...useCase, warnings: 0 })),
    diagnostics: model.diagnostics.filter((diagnostic) => diagnostic.severity === 'error'),
    summary: { ...model.summary, warnings: 0 },
  };
}
