import path from 'node:path';

/** What an `editUrl` function is given for a document. */
export interface EditUrlParams {
  /** The document's path under the workspace tree, `/`-separated. */
  documentPath: string;
  /** The document's path relative to the site folder, `/`-separated. */
  sitePath: string;
}

/** As the docs plugin's: a base URL the document's site-relative path is added to, or a function. */
export type EditUrl = string | ((params: EditUrlParams) => string | undefined);

/**
 * The "edit this document" address of each document, or null: a string
 * option is joined with the document's path relative to the site, each
 * segment percent-encoded (a file name is not trusted to be a URL).
 */
export function editUrlOf(
  editUrl: EditUrl | undefined,
  siteDir: string,
  rootDir: string,
): (documentPath: string) => string | null {
  if (editUrl === undefined) return () => null;
  return (documentPath) => {
    const sitePath = path
      .relative(siteDir, path.join(rootDir, ...documentPath.split('/')))
      .split(path.sep)
      .join('/');
    if (typeof editUrl === 'function') return editUrl({ documentPath, sitePath }) ?? null;
    const encoded = sitePath.split('/').map(encodeURIComponent).join('/');
    return `${editUrl.replace(/\/+$/, '')}/${encoded}`;
  };
}
