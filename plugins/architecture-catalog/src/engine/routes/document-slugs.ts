import path from 'node:path';

/**
 * The character of a path the site's bundler cannot load a document by: it
 * reads `?` as the start of a query, `!` as a loader and `\\` as a
 * separator, in any folder of the path.
 */
export function unloadableCharacter(source: string): string | undefined {
  return /[?!\\]/.exec(source)?.[0];
}

/**
 * Whether the docs plugin publishes the markdown file at `source` (relative
 * to its folder, `/`-separated) as a page: a `.md` file, no segment hidden
 * or `_`-prefixed (its default excludes), nothing its bundler cannot load.
 */
export function isPublishedSource(source: string): boolean {
  return (
    /\.md$/i.test(source) &&
    !source.split('/').some((part) => /^[_.]/.test(part)) &&
    unloadableCharacter(source) === undefined
  );
}

/** Docusaurus' default number-prefix parser: `01_Intro` -> `Intro`; dates and versions (`2021-11-x`, `7.0-x`) kept. */
const IGNORED_PREFIX = /^\d+[-_.]\d+/;
const NUMBER_PREFIX = /^\d+\s*[-_.]+\s*(?<suffix>[^-_.\s].*)$/;

export function stripNumberPrefix(name: string): string {
  if (IGNORED_PREFIX.test(name)) return name;
  return NUMBER_PREFIX.exec(name)?.groups?.suffix ?? name;
}

/** The number of a name's prefix (`01_Intro` -> 1), as Docusaurus orders a sidebar by it. */
export function numberPrefix(name: string): number | undefined {
  return stripNumberPrefix(name) === name ? undefined : parseInt(name, 10);
}

/**
 * The slug Docusaurus' docs plugin gives a document at `source` (relative to
 * the docs folder, `/`-separated) when front matter says nothing: number
 * prefixes stripped from every segment, and a category index (`index`,
 * `README`, or the folder's own name) at its folder's URL.
 */
export function defaultDocSlug(source: string): string {
  const { dir, name } = path.posix.parse(source);
  const folders = dir === '' ? [] : dir.split('/');
  const folderSlug = folders.map(stripNumberPrefix).map(readable);
  const isIndex = ['index', 'readme', folders.at(-1)?.toLowerCase()].includes(name.toLowerCase());
  if (isIndex) return slugOf(folderSlug, true);
  return slugOf([...folderSlug, readable(stripNumberPrefix(name))], false);
}

/** Spaces read as underscores (`POC Plan` -> `POC_Plan`); a name that then collides keeps its own path. */
function readable(segment: string): string {
  return segment.replace(/ /g, '_');
}

/** The document's own path as a slug: extension dropped, prefixes kept. Unique per document. */
export function pathDocSlug(source: string): string {
  const { dir, name } = path.posix.parse(source);
  return slugOf([...(dir === '' ? [] : dir.split('/')), name], false);
}

function slugOf(segments: readonly string[], trailingSlash: boolean): string {
  const joined = `/${segments.map(safeSegment).join('/')}`;
  return trailingSlash && segments.length > 0 ? `${joined}/` : joined;
}

/**
 * A segment a URL keeps as written, a static server maps back to the same
 * file, and an HTML minifier cannot break by dropping an attribute's
 * quotes: `#`, `?`, `%`, `\`, quotes, `<`, `>`, `=`, backquotes, spaces,
 * control characters and `~` itself become `~XX` (two hexadecimal digits:
 * every one of them is ASCII), so distinct names stay distinct.
 */
export function safeSegment(segment: string): string {
  return segment.replace(
    // eslint-disable-next-line no-control-regex
    /[#?%\\~"'<>=` \u0000-\u001f\u007f]/g,
    (char) => `~${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

export interface SlugCollision {
  slug: string;
  /** The documents that would share it, sorted. */
  sources: string[];
}

/** Groups of documents whose default slugs lead to the same page. */
export function slugCollisions(sources: readonly string[]): SlugCollision[] {
  return sharedSlugs(new Map(sources.map((source) => [source, defaultDocSlug(source)])));
}

/**
 * Each document's slug: the default one, unless documents share a page;
 * then each of them is published at its own path, so none takes another's
 * page. Paths are unique, so this ends.
 */
export function documentSlugs(sources: readonly string[]): Map<string, string> {
  const slugs = new Map(sources.map((source) => [source, defaultDocSlug(source)]));
  for (;;) {
    const moved = sharedSlugs(slugs)
      .flatMap((collision) => collision.sources)
      .filter((source) => slugs.get(source) !== pathDocSlug(source));
    if (moved.length === 0) return slugs;
    for (const source of moved) slugs.set(source, pathDocSlug(source));
  }
}

/** `/a/` and `/a` are one page: both are written to `a/index.html`. */
function sharedSlugs(slugs: ReadonlyMap<string, string>): SlugCollision[] {
  const byPage = new Map<string, string[]>();
  for (const [source, slug] of slugs) {
    const page = slug.replace(/\/$/, '');
    byPage.set(page, [...(byPage.get(page) ?? []), source]);
  }
  return [...byPage]
    .filter(([, group]) => group.length > 1)
    .map(([, group]) => ({ slug: slugs.get(group[0]!)!, sources: [...group].sort(codePointOrder) }))
    .sort((a, b) => codePointOrder(a.slug, b.slug));
}

function codePointOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
