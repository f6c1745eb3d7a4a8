import type { PatternDefinition } from '../engine/patterns/builtin.js';

const MAX_LABEL = 48;

/**
 * Text from a document, made safe inside a quoted mermaid label: only
 * letters, digits, spaces and harmless punctuation pass; everything else
 * (quotes, brackets, `%`, `;`, `#`, `<`, `` ` ``, pipes, newlines) becomes a
 * mermaid entity code, so nothing can close the label, start a directive or
 * reach the page as markup.
 */
export function escapeMermaidLabel(text: string): string {
  const flat = [...text.replace(/\s+/g, ' ').trim()];
  // Three dots, not an ellipsis: mermaid shows `#8230;` as written in some labels.
  const clipped = flat.length > MAX_LABEL ? [...flat.slice(0, MAX_LABEL - 3), '.', '.', '.'] : flat;
  return clipped.map(encodeChar).join('');
}

function encodeChar(char: string): string {
  if (/^[\p{L}\p{N} .,:()+/_-]$/u.test(char) && char.codePointAt(0)! <= 0xffff) return char;
  const code = char.codePointAt(0)!;
  // Mermaid decodes `#<decimal>;`; outside the BMP it cannot, and controls have no business in a label.
  if (code > 0xffff || code < 0x20 || (code >= 0x7f && code < 0xa0)) return '#65533;';
  return `#${code};`;
}

export interface NodeTechnologies {
  /** Node label (as in the pattern definition) to the technologies drawn into it. */
  [nodeLabel: string]: readonly string[];
}

/**
 * A pattern's flowchart as mermaid: the main flow left to right, side
 * nodes dashed. With technologies, each node lists the ones that fill it.
 */
export function patternFlowchart(
  pattern: PatternDefinition,
  technologies: NodeTechnologies = {},
): string {
  const ids = new Map(pattern.diagram.nodes.map((node, index) => [node.id, `n${index}`]));
  const lines = ['flowchart LR'];
  for (const node of pattern.diagram.nodes) {
    const label = nodeLabel(node.label, technologiesOf(technologies, node.label));
    lines.push(`  ${ids.get(node.id)}["${label}"]`);
  }
  for (const edge of pattern.diagram.edges) {
    const from = ids.get(edge.from);
    const to = ids.get(edge.to);
    if (from && to) lines.push(`  ${from} --> ${to}`);
  }
  const side = pattern.diagram.nodes
    .filter((node) => node.role === 'side')
    .map((node) => ids.get(node.id));
  if (side.length > 0) {
    lines.push('  classDef side stroke-dasharray: 5 5');
    lines.push(`  class ${side.join(',')} side`);
  }
  const filled = pattern.diagram.nodes.filter(
    (node) => technologiesOf(technologies, node.label).length > 0,
  );
  if (filled.length > 0) {
    lines.push('  classDef filled stroke-width:2px');
    lines.push(`  class ${filled.map((node) => ids.get(node.id)).join(',')} filled`);
  }
  return `${lines.join('\n')}\n`;
}

function technologiesOf(technologies: NodeTechnologies, label: string): readonly string[] {
  return Object.hasOwn(technologies, label) ? (technologies[label] ?? []) : [];
}

const MAX_TECHNOLOGIES = 3;

function nodeLabel(label: string, technologies: readonly string[]): string {
  const base = `<b>${escapeMermaidLabel(label)}</b>`;
  if (technologies.length === 0) return escapeMermaidLabel(label);
  const shown = technologies.slice(0, MAX_TECHNOLOGIES).map(escapeMermaidLabel);
  const more = technologies.length - shown.length;
  return `${base}<br/>${shown.join(', ')}${more > 0 ? ` +${more}` : ''}`;
}
