import { defineRule, type Report } from './rule.js';

export const duplicateUseCaseId = defineRule({
  id: 'duplicate-use-case-id',
  scope: 'tree',
  defaultSetting: 'error',
  description: 'Two workspaces share a use-case id.',
  help: 'Give each workspace its own `UC-###` id; the DS-01 handoff names the right one.',
  reportsWhen: 'two workspaces share a UC id (reported on the later one, naming the other)',
  reportedAt: 'the later of the two folders, at `1:1`',
  check: ({ scan }) => {
    const firstById = new Map<string, string>();
    const reports: Report[] = [];
    for (const workspace of scan.workspaces) {
      const first = firstById.get(numericKey(workspace.id));
      if (first === undefined) {
        firstById.set(numericKey(workspace.id), workspace.dir);
        continue;
      }
      reports.push({
        file: workspace.dir,
        line: 1,
        column: 1,
        message: `Use case id ${workspace.id} is already used by '${first}'`,
      });
    }
    return reports;
  },
});

/** UC-7 and UC-007 are the same use case. */
function numericKey(id: string): string {
  return id.replace(/^UC-0*(?=\d)/, 'UC-');
}
