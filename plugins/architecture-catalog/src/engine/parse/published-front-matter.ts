/**
 * What of a workspace document's front matter the site hands to
 * Docusaurus. Documents are data: a document may name its title and label,
 * never its URL, its sidebar, its neighbours or its edit link, so no
 * document can take another's page or send readers elsewhere. The catalog
 * itself still reads the whole front matter.
 */

type Check = (value: unknown) => boolean;

const isText: Check = (value) => typeof value === 'string';
const isFlag: Check = (value) => typeof value === 'boolean';
const isTextList: Check = (value) =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The keys passed on, each with the type Docusaurus accepts. */
const PUBLISHED: Readonly<Record<string, { check: Check; expected: string }>> = {
  title: { check: isText, expected: 'text' },
  sidebar_label: { check: isText, expected: 'text' },
  description: { check: isText, expected: 'text' },
  keywords: { check: isTextList, expected: 'a list of text' },
  hide_title: { check: isFlag, expected: 'true or false' },
  hide_table_of_contents: { check: isFlag, expected: 'true or false' },
};

/** Every other key Docusaurus' docs plugin acts on: set by the catalog, or not at all. */
const DOCUSAURUS_KEYS: ReadonlySet<string> = new Set([
  'id',
  'slug',
  'image',
  'sidebar_key',
  'sidebar_position',
  'sidebar_class_name',
  'sidebar_custom_props',
  'displayed_sidebar',
  'tags',
  'pagination_label',
  'pagination_next',
  'pagination_prev',
  'custom_edit_url',
  'parse_number_prefixes',
  'last_update',
  'toc_min_heading_level',
  'toc_max_heading_level',
  'draft',
  'unlisted',
]);

/** The front matter Docusaurus sees: the published keys of the right type, nothing else. */
export function publishedFrontMatter(
  data: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const published: Record<string, unknown> = {};
  for (const [key, rule] of Object.entries(PUBLISHED)) {
    if (Object.hasOwn(data, key) && rule.check(data[key])) published[key] = data[key];
  }
  return published;
}

export interface IgnoredKey {
  key: string;
  why: string;
}

/** The keys Docusaurus would act on that the site drops, and why; other keys are the catalog's data. */
export function ignoredFrontMatter(data: Readonly<Record<string, unknown>>): IgnoredKey[] {
  return Object.keys(data).flatMap((key): IgnoredKey[] => {
    const rule = Object.hasOwn(PUBLISHED, key) ? PUBLISHED[key] : undefined;
    if (rule) return rule.check(data[key]) ? [] : [{ key, why: `must be ${rule.expected}` }];
    if (DOCUSAURUS_KEYS.has(key))
      return [{ key, why: "is set by the catalog from the document's path, or not at all" }];
    return [];
  });
}
