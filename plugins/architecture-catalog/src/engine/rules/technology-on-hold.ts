import { cellRowsOf } from '../model/design.js';
import { radarPlaceOf } from '../radar/radar.js';
import { defineRule, type Report } from './rule.js';

export const technologyOnHold = defineRule({
  id: 'technology-on-hold',
  scope: 'design',
  defaultSetting: 'warn',
  description:
    'A Technology Choices cell chooses a technology that the technology radar puts on hold.',
  help: 'Choose what the radar names instead, or agree an exception with whoever keeps the radar (`radar:` in architecture-catalog.config.yaml).',
  reportsWhen:
    'a Technology cell names a technology that `radar:` in the config puts in the `hold` ring, itself or through its family (rejected alternatives are not read)',
  reportedAt: 'the Technology cell',
  check: ({ document, design, radar }) => {
    const reports: Report[] = [];
    if (radar.size === 0) return reports;
    const rows = cellRowsOf(document, 'Technology Choices');
    design.technologies.forEach((choice, i) => {
      const [component, cell] = rows[i] ?? [];
      if (cell === undefined) return;
      for (const ref of choice.technologies) {
        const place = ref.known ? radarPlaceOf(ref, radar) : undefined;
        if (place?.ring !== 'hold') continue;
        const through = place.technology === ref.name ? '' : ` (as is all of ${place.technology})`;
        reports.push({
          ...cell.point,
          message: `${ref.name} is on hold on the technology radar${through}${place.reason ? `: ${place.reason}` : ''}`,
          hint: place.replacedBy
            ? `the radar names ${place.replacedBy} instead`
            : 'the radar names no replacement: ask whoever keeps it',
          section: `Technology Choices > ${component?.text ?? ''}`,
        });
      }
    });
    return reports;
  },
});
