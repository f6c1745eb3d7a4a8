import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isInside } from '../engine/scan/walk.js';

const COMPONENT = '@theme/DocBreadcrumbs/StructuredData';
const SAFE_COMPONENT = fileURLToPath(
  new URL('../theme/DocBreadcrumbs/StructuredData/index.js', import.meta.url),
);

/**
 * The webpack alias that draws the docs breadcrumbs' JSON-LD with our
 * component, which escapes `<`. The classic theme writes document titles
 * into that script element as they are, so a title holding
 * `</script><script>…` would run script in a reader's browser.
 *
 * Set here rather than left to theme order: a site listing the classic theme
 * after this plugin would otherwise shadow the safe component without a
 * word. A component the site swizzled itself (`src/theme`) is its own choice
 * and stays.
 */
export function structuredDataAlias(
  aliases: unknown,
  siteDir: string,
): { resolve?: { alias: Record<string, string> } } {
  if (!aliases || typeof aliases !== 'object' || Array.isArray(aliases)) return {};
  const current = (aliases as Record<string, unknown>)[COMPONENT];
  if (typeof current !== 'string') return {};
  if (isInside(path.join(siteDir, 'src', 'theme'), path.resolve(current))) return {};
  return { resolve: { alias: { [COMPONENT]: SAFE_COMPONENT } } };
}
