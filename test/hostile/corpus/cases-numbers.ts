import { DESIGN, writeWorkspace, type CaseSpec } from './case-spec.js';
import { designText } from './documents.js';

const SOURCE = 'POC Plan';

/** A design whose four requirement values are the given texts, in template order. */
function designWith(values: readonly [string, string, string, string]): string {
  const names = ['Latency', 'Throughput', 'Availability', 'Data freshness'];
  return designText({ requirements: names.map((name, i) => [name, values[i] ?? '', SOURCE]) });
}

export const NUMBER_CASES: readonly CaseSpec[] = [
  {
    name: 'numbers-that-need-a-guess',
    description:
      "Requirement values a reader would have to guess at: locale separators (1.500, 1,5, 1'5, 1,0000), exponents past the range, 300 digits, negative values, a division by zero. Each is reported, none read as a wrong number.",
    folders: ['UC-330_Locale_Numbers', 'UC-331_Signs_And_Zeros', 'UC-332_Huge_Numbers'],
    build: (c) => {
      const [locale, signs, huge] = c.folders as [string, string, string];
      writeWorkspace(
        c,
        { [DESIGN]: designWith(['1,5 s', '1.500 req/s', '99.99999%', "1'5 min"]) },
        locale,
      );
      writeWorkspace(c, { [DESIGN]: designWith(['1/0 s', '-5 req/s', '-5%', '-1 h']) }, signs);
      writeWorkspace(
        c,
        { [DESIGN]: designWith(['1e309 ms', `${'9'.repeat(300)} req/s`, '99.9%', '1,0000 min']) },
        huge,
      );
    },
  },
];
