import { TECHNOLOGY_CATEGORIES } from '../engine/technologies/aliases.js';
import type { TechnologyChoice } from '../engine/types.js';

export const OTHER_CATEGORY = 'Other';

/**
 * Teams name components freely ("Event transport", "Stream aggregation").
 * Read the name first, most specific phrases first; fall back to the
 * category of the technologies chosen.
 */
const NAME_RULES: readonly (readonly [RegExp, (typeof TECHNOLOGY_CATEGORIES)[number]])[] = [
  [/feature[\s_-]*(store|platform|registry)|online[\s/]+offline/, 'Feature Store'],
  [/experiment|tracking/, 'Experiment Tracking'],
  [/model[\s_-]*registry|registry/, 'Model Registry'],
  [/hyper[\s_-]*param|tuning/, 'Hyperparameter Tuning'],
  [
    /stream[\s_-]*(process|aggregat|comput|analytic|join|enrich)|complex event|\bcep\b/,
    'Stream Processing',
  ],
  [/event|stream|messag|queue|transport|pub[\s/]*sub|bus\b/, 'Event Streaming'],
  [/orchestrat|schedul|workflow|\bdag/, 'Orchestration'],
  [/warehouse|\bolap\b/, 'Data Warehouse'],
  [/lake|storage|archive|object[\s_-]*store|\bblob|landing/, 'Data Lake / Storage'],
  [/cache|online[\s_-]*store|feature[\s_-]*lookup|key[\s_-]*value/, 'Cache / Online Store'],
  [/search|retrieval|vector|\bann\b|similarity|index/, 'Search / Vector'],
  [/database|results?[\s_-]*store|\bdb\b|oltp|persistence/, 'Database'],
  [/gateway|\bapi\b|ingress|load[\s_-]*balanc/, 'API Gateway'],
  [/on[\s_-]*device|edge|mobile|android|\bios\b|embedded|runtime/, 'Edge Runtime'],
  [/serving|inference|endpoint|model[\s_-]*server|scoring|prediction/, 'Model Serving'],
  [/monitor|observab|dashboard|drift|alert|metric|telemetry|logging/, 'Monitoring'],
  [/quality|validation|expectation/, 'Data Quality'],
  [/label|annotat/, 'Labeling'],
  [/training[\s_-]*(compute|infra|cluster)|compute|\bgpu/, 'Training Compute'],
  [/model|algorithm|framework|training|learner|classifier|forecast/, 'ML Framework'],
  [/transform|\betl\b|\belt\b|processing|batch|compute|pipeline|ingest/, 'Batch Processing'],
  [/container|kubernetes|\bk8s\b|deploy|hosting|platform|infrastructure/, 'Container Platform'],
  [/\bci\b|\bcd\b|\biac\b|terraform|release/, 'CI/CD & IaC'],
];

export function componentCategory(
  choice: Pick<TechnologyChoice, 'component' | 'technologies'>,
): string {
  const name = choice.component.toLowerCase();
  for (const [pattern, category] of NAME_RULES) if (pattern.test(name)) return category;
  return (
    choice.technologies.find((technology) => technology.category !== null)?.category ??
    OTHER_CATEGORY
  );
}

/** Categories in the alias table's order, then any others by name, `Other` last. */
export function orderCategories(categories: Iterable<string>): string[] {
  const present = new Set(categories);
  const known: string[] = TECHNOLOGY_CATEGORIES.filter((category) => present.has(category));
  const rest = [...present]
    .filter((category) => !known.includes(category) && category !== OTHER_CATEGORY)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [...known, ...rest, ...(present.has(OTHER_CATEGORY) ? [OTHER_CATEGORY] : [])];
}
