import { fingerprint } from '../engine/report/fingerprint.js';
import { pathToFileURL } from 'node:url';
import type { CatalogModel, Diagnostic, RuleMeta, RuleSetting } from '../engine/types.js';
import type { FormatContext, Formatter } from './formatter.js';
import { displayPath, messageWithHint } from './shared.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const FINGERPRINT_KEY = 'archCatalog/v1';
const SRCROOT = '%SRCROOT%';

type Level = 'none' | 'note' | 'warning' | 'error';

/** The subset of SARIF 2.1.0 this formatter writes. */
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

export interface SarifRun {
  tool: {
    driver: {
      name: string;
      version: string;
      rules: SarifRule[];
    };
  };
  originalUriBaseIds: Record<string, { uri: string }>;
  columnKind: 'utf16CodeUnits';
  results: SarifResult[];
}

export interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri?: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: Level };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: Level;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: string };
      region: { startLine: number; startColumn: number };
    };
  }[];
  partialFingerprints: Record<string, string>;
}

const LEVELS: Readonly<Record<RuleSetting, Level>> = {
  error: 'error',
  warn: 'warning',
  off: 'none',
};

function toRule(rule: RuleMeta, ruleDocsUrl: string | undefined): SarifRule {
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    ...(ruleDocsUrl !== undefined && { helpUri: `${ruleDocsUrl}/${encodeURIComponent(rule.id)}` }),
    help: { text: rule.help, markdown: rule.help },
    defaultConfiguration: { level: LEVELS[rule.defaultSetting] },
  };
}

/** A relative URI reference: each `/`-separated segment percent-encoded. */
export function toUriReference(relativePath: string): string {
  return relativePath.split('/').map(encodeURIComponent).join('/');
}

/** `file:///abs/cwd/`: SARIF wants a base URI that ends with a slash. */
function baseUri(cwd: string): string {
  const href = pathToFileURL(cwd).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function toResult(
  diagnostic: Diagnostic,
  fingerprint: string,
  ruleIndexes: ReadonlyMap<string, number>,
  ctx: FormatContext,
): SarifResult {
  const ruleIndex = ruleIndexes.get(diagnostic.ruleId);
  return {
    ruleId: diagnostic.ruleId,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: diagnostic.severity,
    message: { text: messageWithHint(diagnostic) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: {
            uri: toUriReference(displayPath(diagnostic.file, ctx)),
            uriBaseId: SRCROOT,
          },
          region: { startLine: diagnostic.line, startColumn: diagnostic.column },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
  };
}

export function toSarif(model: CatalogModel, ctx: FormatContext): SarifLog {
  const ruleIndexes = new Map(ctx.rules.map((rule, index) => [rule.id, index] as const));
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'arch-catalog',
            version: ctx.toolVersion,
            rules: ctx.rules.map((rule) => toRule(rule, ctx.ruleDocsUrl)),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: baseUri(ctx.cwd) } },
        // mdast positions count UTF-16 code units.
        columnKind: 'utf16CodeUnits',
        results: fingerprint(model.diagnostics).map(([diagnostic, hash]) =>
          toResult(diagnostic, hash, ruleIndexes, ctx),
        ),
      },
    ],
  };
}

export const formatSarif: Formatter = (model: CatalogModel, ctx: FormatContext): string =>
  JSON.stringify(toSarif(model, ctx), null, 2) + '\n';
