import { defineRule } from './rule.js';

export const missingStatus = defineRule({
  id: 'missing-status',
  scope: 'workspace',
  defaultSetting: 'warn',
  description: 'A workspace has no `00_Status.md`.',
  help: 'Add `00_Status.md` with a Quick Info table (Use Case ID, Name, Current Phase, Last Updated) and `**Phase:**` / `**Status:**` lines.',
  reportsWhen: 'a workspace has no `00_Status.md`',
  reportedAt: 'the workspace folder, at `1:1`',
  check: ({ hasStatusFile, workspace }) =>
    hasStatusFile
      ? []
      : [
          {
            line: 1,
            column: 1,
            message: `${workspace.dir} has no 00_Status.md`,
            hint: 'run `arch-catalog new` for a template',
          },
        ],
});
