import { defineRule } from './rule.js';

export const invalidWorkspaceName = defineRule({
  id: 'invalid-workspace-name',
  scope: 'tree',
  defaultSetting: 'warn',
  description:
    'A folder under the root is not named `UC-<digits>` or `UC-<digits>_<Name>` (nor `_Templates` or hidden).',
  help: 'Rename the folder to `UC-###_Name_With_Underscores`, e.g. `UC-012_Churn_Prediction`.',
  reportsWhen: 'a folder under the root is not `UC-<digits>[_Name]`, `_Templates` or hidden',
  reportedAt: 'the folder, at `1:1`',
  check: ({ scan }) => [
    ...scan.invalidFolders.map((folder) => ({
      file: folder,
      line: 1,
      column: 1,
      message: `Folder '${folder}' is not a use-case workspace name; it is left out of the catalog`,
      hint: 'name it UC-<digits>_<Name>, or start it with . to keep it out on purpose',
    })),
    ...scan.workspaces
      .filter((workspace) => !workspace.exactName)
      .map((workspace) => ({
        file: workspace.dir,
        line: 1,
        column: 1,
        message: `Folder '${workspace.dir}' is read as ${workspace.id} but is not named UC-<digits>[_Name]`,
        hint: `rename it to ${workspace.id}${workspace.folderName ? `_${workspace.folderName.replace(/ /g, '_')}` : ''}`,
      })),
  ],
});
