import { radarPlaceOf } from '../radar/radar.js';
import { defineRule } from './rule.js';
import { chosenTechnologies } from './technology-cells.js';

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
  check: ({ document, design, radar }) =>
    radar.size === 0
      ? []
      : chosenTechnologies(document, design).flatMap(({ ref, at }) => {
          const place = ref.known ? radarPlaceOf(ref, radar) : undefined;
          if (place?.ring !== 'hold') return [];
          const through =
            place.technology === ref.name ? '' : ` (as is all of ${place.technology})`;
          const reason = place.reason ? `: ${place.reason}` : '';
          return [
            {
              ...at,
              message: `${ref.name} is on hold on the technology radar${through}${reason}`,
              hint: place.replacedBy
                ? `the radar names ${place.replacedBy} instead`
                : 'the radar names no replacement: ask whoever keeps it',
            },
          ];
        }),
});
