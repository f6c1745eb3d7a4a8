import { csvRecord } from '../../views/csv.js';
import { describeEntry } from './describe.js';
import type { RadarFormatter } from './formatter.js';

/** The HTML BYOR accepts in a description is a few tags; ours is text, so `<` and `&` are escaped. */
const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The columns of ThoughtWorks' Build Your Own Radar: `name,ring,quadrant,isNew,description`,
 * rings in lower case, `isNew` as TRUE or FALSE. Lines end in CRLF (RFC 4180).
 */
export const radarCsv: RadarFormatter = (usage, policy, { newSince }) =>
  [
    csvRecord(['name', 'ring', 'quadrant', 'isNew', 'description']),
    ...usage.entries.map((used) => {
      const { entry } = used;
      const isNew = newSince !== null && entry.since !== null && entry.since >= newSince;
      return csvRecord([
        entry.technology,
        entry.ring,
        policy.quadrants[used.quadrant]?.name ?? '',
        isNew ? 'TRUE' : 'FALSE',
        escapeHtml(describeEntry(used)),
      ]);
    }),
    '',
  ].join('\r\n');
