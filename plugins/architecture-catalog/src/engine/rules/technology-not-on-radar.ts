import { cellRowsOf } from '../model/design.js';
import { radarPlaceOf } from '../radar/radar.js';
import { defineRule, type Report } from './rule.js';

export const technologyNotOnRadar = defineRule({
  id: 'technology-not-on-radar',
  scope: 'design',
  defaultSetting: 'off',
  description:
    'A Technology Choices cell chooses a known technology that the technology radar does not place.',
  help: 'Place the technology under `radar:` in architecture-catalog.config.yaml (or its family), or choose one the radar places.',
  reportsWhen:
    'a Technology cell names a known technology that `radar:` in the config does not place, itself or through its family (without a `radar:`, nothing)',
  reportedAt: 'the Technology cell',
  check: ({ document, design, radar }) => {
    const reports: Report[] = [];
    if (radar.size === 0) return reports;
    const rows = cellRowsOf(document, 'Technology Choices');
    design.technologies.forEach((choice, i) => {
      const [component, cell] = rows[i] ?? [];
      if (cell === undefined) return;
      for (const ref of choice.technologies) {
        if (!ref.known || radarPlaceOf(ref, radar) !== undefined) continue;
        reports.push({
          ...cell.point,
          message: `${ref.name} is not on the technology radar`,
          hint: `place ${ref.family === ref.name ? ref.name : `${ref.name} or ${ref.family}`} under radar: in the config`,
          section: `Technology Choices > ${component?.text ?? ''}`,
        });
      }
    });
    return reports;
  },
});
