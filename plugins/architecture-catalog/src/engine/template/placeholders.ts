/**
 * Bracketed phrases the template leaves for the author to fill. Every
 * placeholder of the seed's Output Format is here, plus the generic forms
 * (`[X ...]`, `[Constraint 3]`, `[TBD]`, `[Insert ...]`).
 */
const TEMPLATE_PLACEHOLDERS = new Set([
  'name',
  'x ms',
  'handoff doc',
  'x req/s',
  'x%',
  'requirement',
  'x',
  'constraint 1 from viability assessment',
  'constraint 2',
  'why this pattern',
  'description and diagram',
  'description and approach',
  'description and infrastructure',
  'component',
  'tech',
  'why',
  'system',
  'api/file/stream',
  'notes',
  'risk',
  'mitigation',
  'alt',
  'pros',
  'cons',
  'reason',
  'project name',
  'use case name',
  'date',
  'yyyy-mm-dd',
  'owner',
  'placeholder',
  '...',
  '…',
]);

const GENERIC_PLACEHOLDER =
  /^(?:x(?:\s.*|%)?|n|tbd|tbc|todo|fixme|constraint\s+\d+.*|description\b.*|insert\b.*|your\b.*|fill\s+in\b.*|enter\b.*|.*\bhere)$/;

export function isPlaceholder(inner: string): boolean {
  const normalized = inner.trim().toLowerCase().replace(/\s+/g, ' ');
  if (normalized.length === 0 || normalized.length > 80) return false;
  return TEMPLATE_PLACEHOLDERS.has(normalized) || GENERIC_PLACEHOLDER.test(normalized);
}
