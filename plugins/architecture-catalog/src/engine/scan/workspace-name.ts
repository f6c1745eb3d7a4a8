export type FolderClass =
  | { kind: 'workspace'; id: string; name: string; exact: true }
  | { kind: 'workspace'; id: string; name: string; exact: false }
  | { kind: 'skipped' }
  | { kind: 'invalid' };

const EXACT = /^UC-(\d+)(?:_(.+))?$/;
/** Close enough to be meant as a workspace: kept in the catalog, with a warning. */
const LOOSE = /^uc[-_ ]?(\d+)(?:[-_ .:]+(.*))?$/i;

export function classifyFolder(folder: string): FolderClass {
  if (folder.startsWith('.') || folder === 'node_modules' || folder === '_Templates') {
    return { kind: 'skipped' };
  }
  const exact = EXACT.exec(folder);
  if (exact)
    return { kind: 'workspace', id: `UC-${exact[1]}`, name: folderName(exact[2]), exact: true };
  const loose = LOOSE.exec(folder);
  if (loose)
    return { kind: 'workspace', id: `UC-${loose[1]}`, name: folderName(loose[2]), exact: false };
  return { kind: 'invalid' };
}

function folderName(part: string | undefined): string {
  return (part ?? '').replace(/[_\s]+/g, ' ').trim();
}
