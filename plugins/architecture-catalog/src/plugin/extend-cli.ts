import type { LoadContext } from '@docusaurus/types';
import { main } from '../cli/main.js';
import type { PluginOptions } from './options.js';
import { resolveSiteSetup } from './load-catalog.js';

interface CommandLike {
  command(name: string): CommandLike;
  description(text: string): CommandLike;
  option(flags: string, description: string): CommandLike;
  action(
    handler: (options: Record<string, string | boolean | undefined>) => Promise<void>,
  ): CommandLike;
}

/** `docusaurus arch-catalog:validate`: the CLI's validate, with the site's plugin options. */
export function extendCli(cli: CommandLike, context: LoadContext, options: PluginOptions): void {
  cli
    .command('arch-catalog:validate')
    .description('Validate the architecture documents with this site’s catalog options')
    .option('--format <name>', 'pretty, json, github, sarif or junit')
    .option('--max-warnings <n>', 'fail when there are more than n warnings')
    .option('--quiet', 'report errors only')
    .action(async (flags) => {
      const { rootDir, configFile } = resolveSiteSetup(context.siteDir, options);
      const argv = ['validate', '--root', rootDir];
      if (configFile) argv.push('--config', configFile);
      if (typeof flags.format === 'string') argv.push('--format', flags.format);
      if (typeof flags.maxWarnings === 'string') argv.push('--max-warnings', flags.maxWarnings);
      if (flags.quiet === true) argv.push('--quiet');
      process.exitCode = await main(argv, {
        cwd: process.cwd(),
        env: process.env,
        stdout: process.stdout,
        stderr: process.stderr,
      });
    });
}
