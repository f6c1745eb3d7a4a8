import type { Rule } from './rule.js';

export const missingStatus: Rule = {
  id: 'missing-status',
  scope: 'workspace',
  defaultSetting: 'warn',
  description: 'A workspace has no `00_Status.md`.',
  help: 'Add `00_Status.md` with a Quick Info table (Use Case ID, Name, Current Phase, Last Updated) and `**Phase:**` / `**Status:**` lines.',
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
};
