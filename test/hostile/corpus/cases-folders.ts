import { DESIGN, writeWorkspace, type CaseContext, type CaseSpec } from './case-spec.js';
import { designText } from './documents.js';

/** Every folder of the case, each a workspace with a valid status and design. */
function everyFolder(c: CaseContext): void {
  for (const folder of c.folders) writeWorkspace(c, { [DESIGN]: designText() }, folder);
}

export const SAME_ID_CASE = 'same-id-1000-workspaces';

export function sameIdFolders(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `UC-999_Copy_${String(i + 1).padStart(4, '0')}`);
}

export const FOLDER_CASES: readonly CaseSpec[] = [
  {
    name: 'folder-with-spaces',
    description:
      'Workspace folders named with spaces: exact (UC-300_Name With Spaces), loose (UC-305 Spaced Out), and not a workspace (Use Case 309).',
    folders: ['UC-300_Name With Spaces', 'UC-305 Spaced Out', 'Use Case 309'],
    build: everyFolder,
  },
  {
    name: 'unicode-folder-name',
    description: 'Workspace folders named in unicode: accents, CJK, emoji.',
    folders: ['UC-301_Détection_欺诈', 'UC-306_🚀_Launch'],
    build: everyFolder,
  },
  {
    name: 'dot-dot-folder-names',
    description:
      "Folders with '..' in their names: UC-302_.. is a workspace; ..UC-303 starts with a dot, so it is hidden and skipped on purpose.",
    folders: ['UC-302_..', '..UC-303'],
    build: everyFolder,
  },
  {
    name: 'case-only-folder-names',
    description:
      'UC-304_Case and UC-304_CASE: on a case-sensitive filesystem both exist (a duplicate id).',
    folders: ['UC-304_Case', 'UC-304_CASE'],
    build: everyFolder,
  },
  {
    name: SAME_ID_CASE,
    description: '1,000 workspaces with the same id, UC-999_Copy_0001 ... UC-999_Copy_1000.',
    folders: sameIdFolders(1000),
    large: true,
    build: everyFolder,
  },
];
