import { ConfigError } from '../engine/config/config.js';
import { RootNotFoundError } from '../engine/scan/scan-tree.js';
import { UnsafeTargetError } from '../engine/io/write-file-safely.js';
import { parseCommand, USAGE, UsageError } from './args.js';
import { runCatalog } from './catalog.js';
import { CliWriteError, EXIT_OK, EXIT_USAGE, type CliIo } from './io.js';
import { runBaseline } from './baseline.js';
import { runDiff } from './diff.js';
import { runNew } from './new.js';
import { runRadar } from './radar.js';
import { runValidate } from './validate.js';
import { toolVersion } from './version.js';

/** Runs one command; returns the exit code. Problems print one line, never a stack. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCommand(argv);
    switch (command.name) {
      case 'help':
        io.stdout.write(`${USAGE}\n`);
        return EXIT_OK;
      case 'version':
        io.stdout.write(`${toolVersion()}\n`);
        return EXIT_OK;
      case 'validate':
        return await runValidate(command, io);
      case 'catalog':
        return await runCatalog(command, io);
      case 'baseline':
        return await runBaseline(command, io);
      case 'diff':
        return await runDiff(command, io);
      case 'radar':
        return await runRadar(command, io);
      case 'new':
        return runNew(command, io);
    }
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof ConfigError ||
      error instanceof RootNotFoundError ||
      error instanceof UnsafeTargetError ||
      error instanceof CliWriteError
    ) {
      io.stderr.write(`arch-catalog: ${error.message}\n`);
      if (error instanceof UsageError) io.stderr.write(`Run 'arch-catalog --help' for usage.\n`);
      return EXIT_USAGE;
    }
    // Like ESLint: an internal error is exit 2 with one line; the stack only on request.
    const detail = io.env.ARCH_CATALOG_DEBUG ? (error as Error).stack : (error as Error).message;
    io.stderr.write(`arch-catalog: internal error: ${detail ?? String(error)}\n`);
    return EXIT_USAGE;
  }
}
