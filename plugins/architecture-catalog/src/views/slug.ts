/** A URL segment from any text: lower-case ASCII letters, digits and hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/**
 * Unique slugs for a list of names, in order: the second `foo` becomes
 * `foo-2`. Names that slugify to nothing get `fallback-<n>`.
 */
export function uniqueSlugs(names: readonly string[], fallback: string): string[] {
  const taken = new Set<string>();
  return names.map((name, index) => {
    const base = slugify(name) || `${fallback}-${index + 1}`;
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}
