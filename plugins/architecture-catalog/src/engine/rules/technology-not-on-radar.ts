import { radarPlaceOf } from '../radar/radar.js';
import { defineRule } from './rule.js';
import { chosenTechnologies } from './technology-cells.js';

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
  check: ({ document, design, radar }) =>
    radar.size === 0
      ? []
      : chosenTechnologies(document, design).flatMap(({ ref, at }) =>
          !ref.known || radarPlaceOf(ref, radar) !== undefined
            ? []
            : [
                {
                  ...at,
                  message: `${ref.name} is not on the technology radar`,
                  hint: `place ${ref.family === ref.name ? ref.name : `${ref.name} or ${ref.family}`} under radar: in the config`,
                },
              ],
        ),
});
