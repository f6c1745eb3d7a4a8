import { defineRule } from './rule.js';

export const missingArchitectureDesign = defineRule({
  id: 'missing-architecture-design',
  scope: 'workspace',
  defaultSetting: 'error',
  description:
    'A workspace in the Architecture phase or later (or of unknown phase) has no Architecture Design.',
  help: 'Write `02_Architecture/Architecture_Design.md` from the template, or set `**Phase:** Handoff` in `00_Status.md` if the use case has not reached architecture yet.',
  reportsWhen: 'no Architecture Design while the phase is Architecture or later, or unknown',
  reportedAt: 'the workspace folder, at `1:1`',
  check: ({ hasDesign, status, workspace }) => {
    const phase = status?.phase ?? null;
    if (hasDesign || phase === 'Handoff') return [];
    const why = phase === null ? 'its phase is unknown' : `it is in the ${phase} phase`;
    return [
      {
        line: 1,
        column: 1,
        message: `${workspace.dir} has no 02_Architecture/Architecture_Design.md and ${why}`,
      },
    ];
  },
});
