import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diffCatalogs } from '../engine/diff/catalog-diff.js';
import {
  GitSnapshotError,
  gitTopLevel,
  resolveCommit,
  writeSnapshot,
} from '../engine/io/git-snapshot.js';
import type { CatalogModel } from '../engine/types.js';
import { DIFF_FORMATTERS } from '../format/diff/index.js';
import type { Command } from './args.js';
import { UsageError } from './args.js';
import { EXIT_OK, EXIT_PROBLEMS, type CliIo } from './io.js';
import { resolveSetup, type Setup } from './resolve-setup.js';
import { buildForCli } from './run-build.js';
import { DEFAULT_CONFIG } from '../engine/config/config.js';
import { loadConfig } from '../engine/config/load-config.js';
import { buildCatalog } from '../engine/build-catalog.js';
import { createTechnologyIndex } from '../engine/technologies/index.js';

type DiffCommand = Extract<Command, { name: 'diff' }>;

/** Says what the change does; exit 1 when the head has errors the base did not. */
export async function runDiff(command: DiffCommand, io: CliIo): Promise<number> {
  const { base, head } =
    command.sides.kind === 'json'
      ? {
          base: readCatalog(io.cwd, command.sides.base),
          head: readCatalog(io.cwd, command.sides.head),
        }
      : catalogsFromGit(command, command.sides, io);
  const diff = diffCatalogs(base, head);
  const context = { root: head.root };
  io.stdout.write(DIFF_FORMATTERS[command.format](diff, context));
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (command.format === 'github' && summaryFile)
    appendFileSync(summaryFile, DIFF_FORMATTERS.markdown(diff, context));
  return diff.summary.newErrors > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

/**
 * The catalog at each revision: the root and the config file as they were
 * then, read with git into a temporary folder and built there as here.
 */
function catalogsFromGit(
  command: DiffCommand,
  sides: { base: string; head: string | null },
  io: CliIo,
): { base: CatalogModel; head: CatalogModel } {
  const here = resolveSetup(io.cwd, command.root, command.config);
  try {
    const top = gitTopLevel(here.rootDir);
    const at = (revision: string) => catalogAt(top, resolveCommit(top, revision), here);
    const base = at(sides.base);
    const head =
      sides.head === null ? buildForCli(here, { cacheFile: undefined }, io) : at(sides.head);
    return { base, head };
  } catch (error) {
    if (error instanceof GitSnapshotError) throw new UsageError(`diff: ${error.message}`);
    throw error;
  }
}

/**
 * The catalog at a commit: the root (and the config file, when it lies in
 * the repository and existed then) written out of git, built as here. A root
 * that did not exist then is an empty catalog.
 */
function catalogAt(top: string, commit: string, here: Setup): CatalogModel {
  const snapshot = mkdtempSync(path.join(os.tmpdir(), 'arch-catalog-diff-'));
  try {
    const inRepo = (file: string) => !path.relative(top, file).startsWith('..');
    const gitPath = (file: string) => path.relative(top, file).split(path.sep).join('/');
    const mirror = (file: string) => path.join(snapshot, path.relative(top, file));
    const config = here.configFile;
    writeSnapshot(
      top,
      commit,
      [gitPath(here.rootDir), ...(config && inRepo(config) ? [gitPath(config)] : [])],
      snapshot,
    );
    const rootDir = mirror(here.rootDir);
    mkdirSync(rootDir, { recursive: true });
    const configThen = config && inRepo(config) ? mirror(config) : config;
    const loaded =
      configThen && existsSync(configThen)
        ? loadConfig(snapshot, configThen).config
        : DEFAULT_CONFIG;
    return buildCatalog({
      rootDir,
      displayRoot: here.displayRoot,
      config: loaded,
      technologies: createTechnologyIndex(loaded.technologies),
    });
  } finally {
    rmSync(snapshot, { recursive: true, force: true });
  }
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
