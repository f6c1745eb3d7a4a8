import { normalizeRequirement } from '../normalize/requirements.js';
import { isPlaceholder } from '../template/placeholders.js';
import { REQUIRED_REQUIREMENTS } from '../template/sections.js';
import { requirementRows } from './requirement-rows.js';
import { defineRule, type Report } from './rule.js';

const EXAMPLES: Record<string, string> = {
  latency: '`p99 < 50 ms`, `200ms`, `2 hours`',
  throughput: '`1,500 req/s`, `3.5k RPS`, `10M events/day`',
  availability: '`99.95%`, `three nines`',
  freshness: '`real-time`, `< 5 min`, `hourly`, `daily`',
};

export const unparseableRequirement = defineRule({
  id: 'unparseable-requirement',
  scope: 'design',
  defaultSetting: 'warn',
  description:
    'A Latency, Throughput, Availability or Data freshness value cannot be read as a number.',
  help: 'Write the value with a number and a unit, e.g. `p99 < 50 ms`, `3.5k req/s`, `99.9%`, `< 5 min`; `N/A` when it does not apply.',
  reportsWhen: 'one of those four values cannot be read as a number',
  reportedAt: 'the Value cell',
  check: ({ document }) => {
    const reports: Report[] = [];
    const seen = new Set<string>();
    for (const row of requirementRows(document)) {
      if (row.kind === null || seen.has(row.kind)) continue;
      seen.add(row.kind);
      const raw = row.value?.text ?? '';
      const read = normalizeRequirement(row.kind, raw);
      if (isTemplatePlaceholder(raw) || read.kind !== 'unparseable') continue;
      const label =
        REQUIRED_REQUIREMENTS.find((required) => required.kind === row.kind)?.label ??
        row.name.text;
      reports.push({
        ...(row.value?.point ?? row.name.point),
        message: `Cannot read the ${label} value '${raw}'${read.reason ? `: ${read.reason}` : ''}`,
        hint: `write it like ${EXAMPLES[row.kind] ?? 'a number with a unit'}`,
        section: `Requirements Summary > ${label}`,
      });
    }
    return reports;
  },
});

/** `[X ms]` is the placeholder rule's to report, not a value to read. */
function isTemplatePlaceholder(raw: string): boolean {
  const match = /^\[(.*)\]$/.exec(raw.trim());
  return match !== null && isPlaceholder(match[1] ?? '');
}
