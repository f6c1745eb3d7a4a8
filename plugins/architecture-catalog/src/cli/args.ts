import { parseArgs } from 'node:util';
import { DEFAULT_CACHE_FILE } from '../engine/cache/file-cache.js';
import { BASELINE_FILE } from '../engine/report/baseline.js';
import { DIFF_FORMAT_NAMES, type DiffFormatName } from '../format/diff/formatter.js';
import { FORMAT_NAMES, type FormatName } from '../format/formatter.js';
import { RADAR_FORMAT_NAMES, type RadarFormatName } from '../format/radar/index.js';

/** How `validate` and `catalog` run: the parse cache. */
export interface RunSettings {
  /** The cache file, when `--cache` is on. */
  cacheFile: string | undefined;
}

export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | {
      name: 'validate';
      root: string | undefined;
      config: string | undefined;
      format: FormatName;
      maxWarnings: number;
      quiet: boolean;
      /** The baseline file whose problems are not reported, and whether to drop its stale entries. */
      baseline: { file: string; prune: boolean } | null;
      run: RunSettings;
    }
  | {
      name: 'baseline';
      root: string | undefined;
      config: string | undefined;
      out: string;
      run: RunSettings;
    }
  | {
      name: 'catalog';
      root: string | undefined;
      config: string | undefined;
      out: string | undefined;
      run: RunSettings;
    }
  | {
      name: 'radar';
      root: string | undefined;
      config: string | undefined;
      format: RadarFormatName;
      out: string | undefined;
      /** `YYYY-MM-DD`, or undefined for the newest `since` of the radar (else today). */
      asOf: string | undefined;
      newSince: string | null;
      run: RunSettings;
    }
  | {
      name: 'diff';
      root: string | undefined;
      config: string | undefined;
      format: DiffFormatName;
      sides:
        | { kind: 'json'; base: string; head: string }
        /** Git revisions; a head of null is the working tree. */
        | { kind: 'git'; base: string; head: string | null };
    }
  | {
      name: 'new';
      root: string | undefined;
      config: string | undefined;
      id: string;
      title: string;
    };

/** Longer names make folder names some filesystems refuse (255 bytes). */
const MAX_NAME_LENGTH = 100;

export class UsageError extends Error {}

export const USAGE = `Usage: arch-catalog <command> [options]

Commands:
  validate   Check every Architecture Design under the root
  catalog    Write the catalog model as JSON
  radar      Write the technology radar with who chose each technology
  diff       Say what a change does to the catalog: diff --base REV [--head REV]
  baseline   Accept today's problems: write them to .arch-catalog-baseline.json
  new        Create a use-case workspace from the template: new UC-### "Name"

Options:
  --root DIR          Root of the use-case workspaces (default: AE01_Implementations)
  --config FILE       Config file (default: architecture-catalog.config.yaml, if present)
  --format NAME       validate: pretty, json, github, sarif, junit or gitlab (default: pretty);
                      radar: json, csv (Build Your Own Radar) or backstage (default: json);
                      diff: pretty, markdown, json or github (default: pretty)
  --base REV          diff: the git revision before the change (e.g. origin/main)
  --head REV          diff: the revision after it (default: the files as they are)
  --base-json FILE    diff: instead of --base, the catalog before (arch-catalog catalog --out FILE)
  --head-json FILE    diff: instead of --head, the catalog after
  --max-warnings N    validate: fail when there are more than N warnings (default: no limit)
  --quiet             validate: report errors only
  --baseline FILE     validate: leave out the problems FILE accepts (arch-catalog baseline)
  --prune             validate: drop from the baseline the problems that no longer occur
  --out FILE          catalog, radar: write to FILE instead of standard output;
                      baseline: the file (default: .arch-catalog-baseline.json)
  --as-of DAY         radar: the date of rings without since: (default: the newest since:)
  --new-since DAY     radar: entries since DAY are new (isNew in csv)
  --cache             validate, catalog: parse only the documents changed since the last run
  --cache-location F  validate, catalog: the cache file (default: .arch-catalog-cache)
  -h, --help          Show this help
  -v, --version       Show the version

Exit codes: 0 no errors (and warnings within --max-warnings); 1 problems found;
2 usage or configuration problem.`;

const OPTIONS = {
  root: { type: 'string' },
  config: { type: 'string' },
  format: { type: 'string' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean' },
  baseline: { type: 'string' },
  prune: { type: 'boolean' },
  out: { type: 'string' },
  'as-of': { type: 'string' },
  'new-since': { type: 'string' },
  base: { type: 'string' },
  head: { type: 'string' },
  'base-json': { type: 'string' },
  'head-json': { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const RUN_FLAGS = ['cache', 'cache-location'];

const ALLOWED: Record<string, readonly string[]> = {
  validate: [
    'root',
    'config',
    'format',
    'max-warnings',
    'quiet',
    'baseline',
    'prune',
    ...RUN_FLAGS,
  ],
  baseline: ['root', 'config', 'out', ...RUN_FLAGS],
  catalog: ['root', 'config', 'out', ...RUN_FLAGS],
  radar: ['root', 'config', 'format', 'out', 'as-of', 'new-since', ...RUN_FLAGS],
  diff: ['root', 'config', 'format', 'base', 'head', 'base-json', 'head-json'],
  new: ['root', 'config'],
};

export function parseCommand(argv: readonly string[]): Command {
  const { values, positionals } = parseOrExplain(argv);
  if (values.help) return { name: 'help' };
  if (values.version) return { name: 'version' };
  const [name, ...rest] = positionals;
  if (name === undefined) throw new UsageError('missing command: validate, catalog, radar or new');
  const allowed = ALLOWED[name];
  if (!allowed)
    throw new UsageError(
      `unknown command '${name}' (commands: validate, catalog, radar, diff, baseline, new)`,
    );
  for (const flag of Object.keys(values)) {
    if (!allowed.includes(flag)) throw new UsageError(`--${flag} does not apply to '${name}'`);
  }
  const common = { root: values.root, config: values.config };
  if (name === 'new') return parseNew(rest, common);
  if (rest.length > 0) throw new UsageError(`unexpected argument '${rest[0]}'`);
  const run = parseRunSettings(values);
  if (name === 'catalog') return { name, ...common, out: values.out, run };
  if (name === 'baseline') return { name, ...common, out: values.out ?? BASELINE_FILE, run };
  if (name === 'diff')
    return { name, ...common, format: parseDiffFormat(values.format), sides: parseSides(values) };
  if (name === 'radar')
    return {
      name,
      ...common,
      format: parseRadarFormat(values.format),
      out: values.out,
      asOf: values['as-of'] === undefined ? undefined : parseDay(values['as-of'], '--as-of'),
      newSince:
        values['new-since'] === undefined ? null : parseDay(values['new-since'], '--new-since'),
      run,
    };
  return {
    name: 'validate',
    ...common,
    format: parseFormat(values.format),
    maxWarnings: parseMaxWarnings(values['max-warnings']),
    quiet: values.quiet ?? false,
    baseline: parseBaselineFlags(values.baseline, values.prune),
    run,
  };
}

function parseOrExplain(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(
      message
        .replace(/\. To specify a positional.*$/s, '')
        .replace(/^Unknown option/, 'unknown option'),
    );
  }
}

function parseNew(
  rest: string[],
  common: { root: string | undefined; config: string | undefined },
): Command {
  const [id, title, extra] = rest;
  if (id === undefined || title === undefined || extra !== undefined) {
    throw new UsageError('usage: arch-catalog new UC-### "Use Case Name"');
  }
  if (!/^UC-\d+$/.test(id)) throw new UsageError(`'${id}' is not a use-case id like UC-012`);
  // eslint-disable-next-line no-control-regex -- control characters are what it refuses
  if (title.trim() === '' || /[/\\|\u0000-\u001f\u007f]/.test(title))
    throw new UsageError('the name must be non-empty and hold no /, \\, | or control character');
  if (title.trim().length > MAX_NAME_LENGTH)
    throw new UsageError(`the name must be at most ${MAX_NAME_LENGTH} characters`);
  return { name: 'new', ...common, id, title: title.trim() };
}

function parseFormat(value: string | undefined): FormatName {
  if (value === undefined) return 'pretty';
  if ((FORMAT_NAMES as readonly string[]).includes(value)) return value as FormatName;
  throw new UsageError(`unknown format '${value}' (formats: ${FORMAT_NAMES.join(', ')})`);
}

function parseBaselineFlags(
  file: string | undefined,
  prune: boolean | undefined,
): { file: string; prune: boolean } | null {
  if (file === undefined) {
    if (prune) throw new UsageError('--prune needs --baseline FILE');
    return null;
  }
  return { file, prune: prune ?? false };
}

function parseDiffFormat(format: string | undefined): DiffFormatName {
  if (format === undefined) return 'pretty';
  if ((DIFF_FORMAT_NAMES as readonly string[]).includes(format)) return format as DiffFormatName;
  throw new UsageError(
    `unknown diff format '${format}' (formats: ${DIFF_FORMAT_NAMES.join(', ')})`,
  );
}

/** Two revisions, or two catalog files; never one of each. */
function parseSides(values: {
  base?: string | undefined;
  head?: string | undefined;
  'base-json'?: string | undefined;
  'head-json'?: string | undefined;
}): Extract<Command, { name: 'diff' }>['sides'] {
  const { base, head, 'base-json': baseJson, 'head-json': headJson } = values;
  if (baseJson !== undefined || headJson !== undefined) {
    if (base !== undefined || head !== undefined)
      throw new UsageError('diff takes --base/--head or --base-json/--head-json, not both');
    if (baseJson === undefined || headJson === undefined)
      throw new UsageError('diff needs both --base-json FILE and --head-json FILE');
    return { kind: 'json', base: baseJson, head: headJson };
  }
  if (base === undefined) throw new UsageError('diff needs --base REV (or --base-json FILE)');
  return { kind: 'git', base, head: head ?? null };
}

function parseRadarFormat(value: string | undefined): RadarFormatName {
  if (value === undefined) return 'json';
  if ((RADAR_FORMAT_NAMES as readonly string[]).includes(value)) return value as RadarFormatName;
  throw new UsageError(
    `unknown radar format '${value}' (formats: ${RADAR_FORMAT_NAMES.join(', ')})`,
  );
}

function parseDay(value: string, flag: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value)
    throw new UsageError(`${flag} takes a day written YYYY-MM-DD, not '${value}'`);
  return value;
}

function parseRunSettings(values: {
  cache?: boolean | undefined;
  'cache-location'?: string | undefined;
}): RunSettings {
  const location = values['cache-location'];
  if (location !== undefined && !values.cache)
    throw new UsageError('--cache-location needs --cache');
  return { cacheFile: values.cache ? (location ?? DEFAULT_CACHE_FILE) : undefined };
}

function parseMaxWarnings(value: string | undefined): number {
  if (value === undefined) return Number.POSITIVE_INFINITY;
  if (!/^\d+$/.test(value))
    throw new UsageError(`--max-warnings takes a whole number, not '${value}'`);
  return Number(value);
}
