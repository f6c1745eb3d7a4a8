import type { List, RootContent } from 'mdast';
import { findField } from '../parse/fields.js';
import { sectionOf, type DesignDocument } from '../parse/design-document.js';
import { headingNames, nameKey } from '../parse/names.js';
import type { Section } from '../parse/outline.js';
import { bestTable, columnIndexes, type Cell, type TableView } from '../parse/tables.js';
import { plainText } from '../parse/text.js';
import { classifyRequirement, normalizeRequirement } from '../normalize/requirements.js';
import { inWindow, readThroughput, windowOfText } from '../normalize/throughput.js';
import { recognizePatterns } from '../patterns/recognize.js';
import type { TechnologyIndex } from '../technologies/index.js';
import { COMPONENT_DESIGN_SUBSECTIONS, REQUIRED_SECTIONS } from '../template/sections.js';
import type { Design, RequirementRow, Requirements } from '../types.js';

export interface DesignContext {
  technologies: TechnologyIndex;
  patterns: readonly string[];
}

/** The catalog's view of an Architecture Design: what it says, not how it is written. */
export function buildDesign(document: DesignDocument, context: DesignContext): Design {
  const patternField = fieldIn(document, 'Pattern');
  const design: Design = {
    file: document.file,
    title: document.outline.title?.name ?? '',
    patterns: patternField ? recognizePatterns(patternField, context.patterns).patterns : [],
    rationale: fieldIn(document, 'Rationale') ?? '',
    requirements: readRequirements(document),
    constraints: readConstraints(document),
    components: readComponents(document),
    technologies: rowsOf(document, 'Technology Choices').map(
      ([component = '', raw = '', rationale = '']) => ({
        component,
        raw,
        rationale,
        technologies: context.technologies.split(raw),
      }),
    ),
    integrations: rowsOf(document, 'Integration Points').map(
      ([system = '', type = '', notes = '']) => ({ system, type, notes }),
    ),
    risks: rowsOf(document, 'Risks and Mitigations').map(([risk = '', mitigation = '']) => ({
      risk,
      mitigation,
    })),
    alternatives: rowsOf(document, 'Alternatives Considered').map(
      ([alternative = '', pros = '', cons = '', whyNotSelected = '']) => ({
        alternative,
        pros,
        cons,
        whyNotSelected,
        technologies: context.technologies.mentions(alternative),
      }),
    ),
  };
  if (document.frontMatter.data) design.frontMatter = sortedKeys(document.frontMatter.data);
  return design;
}

/** A copy of front matter with the keys of every mapping sorted, so that its JSON does not depend on how it was written. */
function sortedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortedKeys) as T;
  if (typeof value !== 'object' || value === null) return value;
  const keys = Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const sorted: Record<string, unknown> = {};
  for (const key of keys) {
    Object.defineProperty(sorted, key, {
      value: sortedKeys((value as Record<string, unknown>)[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return sorted as T;
}

/** The value of a bold-label field of Architecture Pattern Selected. */
export function fieldIn(document: DesignDocument, label: string): string | undefined {
  const section = sectionOf(document, 'Architecture Pattern Selected');
  return section ? findField(section.nodes, label)?.value : undefined;
}

/** The template table of a section, if the section has any table. */
export function templateTable(document: DesignDocument, title: string): TableView | undefined {
  const spec = REQUIRED_SECTIONS.find((candidate) => candidate.title === title);
  const section = sectionOf(document, title);
  if (!spec?.table || !section) return undefined;
  return bestTable(section.nodes, spec.table.columns);
}

/**
 * Body rows as text, one entry per template column. A column the table
 * lacks reads as empty (the table-columns rule reports it).
 */
export function rowsOf(document: DesignDocument, title: string): string[][] {
  return cellRowsOf(document, title).map((row) => row.map((cell) => cell?.text ?? ''));
}

export function cellRowsOf(document: DesignDocument, title: string): (Cell | undefined)[][] {
  const spec = REQUIRED_SECTIONS.find((candidate) => candidate.title === title);
  const table = templateTable(document, title);
  if (!spec?.table || !table) return [];
  const indexes = columnIndexes(table, spec.table.columns);
  return table.rows
    .map((row) => indexes.map((index) => (index === -1 ? undefined : row[index])))
    .filter((row) => row.some((cell) => cell !== undefined && cell.text !== ''));
}

function readRequirements(document: DesignDocument): Requirements {
  const rows: RequirementRow[] = rowsOf(document, 'Requirements Summary').map(
    ([name = '', raw = '', source = '']) => ({
      name,
      raw,
      source,
    }),
  );
  const requirements: Requirements = {
    latencyMs: null,
    throughputPerSecond: null,
    throughputStated: null,
    availability: null,
    freshnessSeconds: null,
    rows,
  };
  const seen = new Set<string>();
  for (const row of rows) {
    const kind = classifyRequirement(row.name);
    if (kind === null || seen.has(kind)) continue;
    seen.add(kind);
    if (kind === 'throughput') {
      const { read, stated } = readThroughput(row.raw);
      requirements.throughputPerSecond = read.kind === 'value' ? read.value : null;
      requirements.throughputStated = read.kind === 'value' ? stated : null;
      continue;
    }
    const normalized = normalizeRequirement(kind, row.raw);
    const value = normalized.kind === 'value' ? normalized.value : null;
    if (kind === 'latency') requirements.latencyMs = value;
    else if (kind === 'availability') requirements.availability = value;
    else requirements.freshnessSeconds = value;
  }
  return withBatchWindow(requirements);
}

/** `| Batch window | 2 hours |`: the window a stated throughput is processed in. */
function withBatchWindow(requirements: Requirements): Requirements {
  const row = requirements.rows.find((candidate) => /\bwindow\b/i.test(candidate.name));
  const stated = requirements.throughputStated;
  const window = row === undefined ? undefined : windowOfText(row.raw);
  if (stated === null || window === undefined) return requirements;
  const applied = inWindow(stated, window);
  return {
    ...requirements,
    throughputPerSecond: applied.perSecond,
    throughputStated: applied.stated,
  };
}

function readConstraints(document: DesignDocument): string[] {
  const section = sectionOf(document, 'Constraints from DS-01');
  if (!section) return [];
  return listsIn(section.nodes)
    .flatMap((list) => list.children)
    .map((item) => plainText(item))
    .filter((text) => text !== '');
}

export function listsIn(nodes: readonly RootContent[]): List[] {
  return nodes.filter((node): node is List => node.type === 'list');
}

function readComponents(document: DesignDocument): Record<string, string> {
  const section = sectionOf(document, 'Component Design');
  const named = (section?.children ?? []).map((child) => ({
    name: templateSubsectionName(child) ?? child.name,
    child,
  }));
  const components: Record<string, string> = {};
  for (const { name, child } of named.sort(byTemplateOrder)) {
    if (!(name in components)) components[name] = sourceOf(document, child);
  }
  return components;
}

/** Template subsections first, in the template's order; others after them, as written (the sort is stable). */
function byTemplateOrder(a: { name: string }, b: { name: string }): number {
  const rank = (name: string) => {
    const at = (COMPONENT_DESIGN_SUBSECTIONS as readonly string[]).indexOf(name);
    return at === -1 ? COMPONENT_DESIGN_SUBSECTIONS.length : at;
  };
  return rank(a.name) - rank(b.name);
}

function templateSubsectionName(section: Section): string | undefined {
  return (
    COMPONENT_DESIGN_SUBSECTIONS.find((title) => nameKey(title) === section.key) ??
    COMPONENT_DESIGN_SUBSECTIONS.find((title) => headingNames(section.name, title))
  );
}

/** The markdown source under a heading, as written. */
function sourceOf(document: DesignDocument, section: Section): string {
  const first = section.nodes[0]?.position?.start.offset;
  const last = section.nodes.at(-1)?.position?.end.offset;
  if (first === undefined || last === undefined) return '';
  return document.text.slice(first, last).trim();
}
