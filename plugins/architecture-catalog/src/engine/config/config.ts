import { builtinSpelledAs, unmatchableBecause } from '../patterns/recognize.js';
import type { TechnologyAlias } from '../technologies/aliases.js';
import { isCommonWords } from '../technologies/filler.js';
import { createTechnologyIndex } from '../technologies/index.js';
import { DEFAULT_RADAR_QUADRANTS, type RadarEntry, type RadarQuadrant } from '../radar/radar.js';
import { toRadar, toRadarQuadrants } from './radar-config.js';
import { keyTokens } from '../technologies/tokens.js';
import { RULE_IDS, type RuleId } from '../rules/index.js';
import type { RuleSetting } from '../types.js';
import { asArray, asObject, asString, ConfigError } from './values.js';

export const DEFAULT_ROOT = 'AE01_Implementations';
export const DEFAULT_PATTERNS = [
  'Batch Prediction',
  'Real-Time Serving',
  'Streaming',
  'Embedded',
] as const;
export const CONFIG_FILE_NAME = 'architecture-catalog.config.yaml';

/** `architecture-catalog.config.yaml`, validated, with defaults filled in. */
export interface CatalogConfig {
  /** The root folder, as written (relative to the config file's folder when read from one). */
  root: string;
  rules: Partial<Record<RuleId, RuleSetting>>;
  patterns: readonly string[];
  technologies: readonly TechnologyAlias[];
  /** The technology radar: each entry a technology's ring. */
  radar: readonly RadarEntry[];
  /** The radar's four quadrants, each holding technology categories. */
  radarQuadrants: readonly RadarQuadrant[];
  /** Where the rule reference is published: a rule's page is `<ruleDocsUrl>/<rule-id>` (SARIF `helpUri`). */
  ruleDocsUrl?: string;
}

export const DEFAULT_CONFIG: CatalogConfig = {
  root: DEFAULT_ROOT,
  rules: {},
  patterns: DEFAULT_PATTERNS,
  technologies: [],
  radar: [],
  radarQuadrants: DEFAULT_RADAR_QUADRANTS,
};

export { ConfigError } from './values.js';

const SETTINGS: readonly RuleSetting[] = ['off', 'warn', 'error'];
const KNOWN_KEYS = new Set([
  'root',
  'rules',
  'patterns',
  'technologies',
  'radar',
  'radarQuadrants',
  'ruleDocsUrl',
]);

/** Checks a parsed YAML value and fills defaults. Throws ConfigError with one clear sentence. */
export function toConfig(value: unknown, where: string): CatalogConfig {
  if (value === null || value === undefined) return DEFAULT_CONFIG;
  const object = asObject(value, where);
  for (const key of Object.keys(object)) {
    if (!KNOWN_KEYS.has(key)) {
      throw new ConfigError(
        `${where}: unknown key '${key}' (known: ${[...KNOWN_KEYS].join(', ')})`,
      );
    }
  }
  const technologies = toTechnologies(object.technologies, where);
  // Radar entries name technologies as designs do: through the table, config's own included.
  const index = createTechnologyIndex(technologies);
  const radarQuadrants = toRadarQuadrants(object.radarQuadrants, where, index);
  return {
    root: object.root === undefined ? DEFAULT_ROOT : asString(object.root, `${where}: root`),
    rules: toRules(object.rules, where),
    patterns: toPatterns(object.patterns, where),
    technologies,
    radar: toRadar(object.radar, where, index, radarQuadrants),
    radarQuadrants,
    ...(object.ruleDocsUrl !== undefined && {
      ruleDocsUrl: asWebUrl(object.ruleDocsUrl, `${where}: ruleDocsUrl`),
    }),
  };
}

/** An absolute http(s) URL, without a trailing slash. */
function asWebUrl(value: unknown, where: string): string {
  const text = asString(value, where);
  const url = URL.canParse(text) ? new URL(text) : undefined;
  if (url?.protocol !== 'https:' && url?.protocol !== 'http:') {
    throw new ConfigError(`${where}: '${text}' is not an absolute http or https URL`);
  }
  return text.replace(/\/+$/, '');
}

function toRules(value: unknown, where: string): CatalogConfig['rules'] {
  if (value === undefined || value === null) return {};
  const rules: CatalogConfig['rules'] = {};
  for (const [id, setting] of Object.entries(asObject(value, `${where}: rules`))) {
    if (!(RULE_IDS as readonly string[]).includes(id)) {
      throw new ConfigError(`${where}: rules: unknown rule '${id}'`);
    }
    const normalized = setting === 'warning' ? 'warn' : setting;
    if (!SETTINGS.includes(normalized as RuleSetting)) {
      throw new ConfigError(
        `${where}: rules: ${id} must be off, warn or error, not '${String(setting)}'`,
      );
    }
    rules[id as RuleId] = normalized as RuleSetting;
  }
  return rules;
}

/** Extra patterns add to the four built-in ones. */
function toPatterns(value: unknown, where: string): readonly string[] {
  if (value === undefined || value === null) return DEFAULT_PATTERNS;
  const extra = asArray(value, `${where}: patterns`).map((item, i) =>
    asPatternName(item, `${where}: patterns[${i}]`),
  );
  return [...new Set([...DEFAULT_PATTERNS, ...extra])];
}

/** A new pattern's name: not a built-in one spelled another way, and one a field can name. */
function asPatternName(value: unknown, where: string): string {
  const name = asString(value, where);
  const builtin = builtinSpelledAs(name);
  if (builtin !== undefined && builtin.name !== name) {
    throw new ConfigError(
      `${where}: '${name}' is the built-in pattern '${builtin.name}'; built-in patterns need no entry`,
    );
  }
  const unmatchable = builtin === undefined ? unmatchableBecause(name) : undefined;
  if (unmatchable !== undefined) {
    throw new ConfigError(`${where}: '${name}' cannot be matched: ${unmatchable}`);
  }
  return name;
}

function toTechnologies(value: unknown, where: string): TechnologyAlias[] {
  if (value === undefined || value === null) return [];
  return asArray(value, `${where}: technologies`).map((item, i) => {
    const at = `${where}: technologies[${i}]`;
    const entry = asObject(item, at);
    const aliases = entry.aliases === undefined ? [] : asArray(entry.aliases, `${at}.aliases`);
    const name = asSpelling(entry.name, `${at}.name`, undefined);
    return {
      name,
      category: asString(entry.category, `${at}.category`),
      aliases: aliases.map((alias, j) => asSpelling(alias, `${at}.aliases[${j}]`, name)),
      ...(entry.family !== undefined && { family: asString(entry.family, `${at}.family`) }),
    };
  });
}

/** A technology's name or alias: something only that technology is called. */
function asSpelling(value: unknown, where: string, technology: string | undefined): string {
  const text = asString(value, where);
  const words = keyTokens(text);
  if (words.length === 0) throw new ConfigError(`${where}: '${text}' has no letter or digit`);
  if (!isCommonWords(words)) return text;
  const effect =
    technology === undefined ? 'would name this technology' : `would name ${technology}`;
  throw new ConfigError(`${where}: '${text}' is a common word: every cell that uses it ${effect}`);
}
