import path from 'node:path';
import type { AllContent } from '@docusaurus/types';

interface DocLike {
  source: string;
  permalink: string;
}

interface DocsContentLike {
  loadedVersions?: { docs?: DocLike[] }[];
}

/**
 * The page of every document some docs plugin instance published from the
 * root, by root-relative path. Doc sources look like `@site/<path>`.
 */
export function documentUrls(
  allContent: AllContent,
  siteDir: string,
  rootDir: string,
): Map<string, string> {
  const urls = new Map<string, string>();
  const instances = (allContent['docusaurus-plugin-content-docs'] ?? {}) as Record<
    string,
    DocsContentLike | undefined
  >;
  for (const content of Object.values(instances)) {
    for (const version of content?.loadedVersions ?? []) {
      for (const doc of version.docs ?? []) {
        const absolute = path.resolve(siteDir, doc.source.replace(/^@site\//, ''));
        const relative = path.relative(rootDir, absolute);
        if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
        urls.set(relative.split(path.sep).join('/'), doc.permalink);
      }
    }
  }
  return urls;
}
