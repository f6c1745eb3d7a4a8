import { describe } from 'vitest';
import { itReads } from './__fixtures__/readings.js';
import { parseAvailability } from './availability.js';

describe('parseAvailability', () => {
  itReads(parseAvailability, {
    values: [
      ['99.95%', 0.9995],
      ['99.9%', 0.999],
      ['99.9 %', 0.999],
      ['99.9% (business hours)', 0.999],
      ['99.99% uptime', 0.9999],
      ['99.999%', 0.99999],
      ['> 99.9%', 0.999],
      ['≥ 99.5%', 0.995],
      ['100%', 1],
      ['95%', 0.95],
      ['99.9 percent', 0.999],
      ['99,95 %', 0.9995],
      ['0.999', 0.999],
      ['0.9995', 0.9995],
      ['99.9', 0.999],
      ['three nines', 0.999],
      ['Three Nines', 0.999],
      ['four nines', 0.9999],
      ['five nines', 0.99999],
      ['two nines', 0.99],
      ['3 nines', 0.999],
      ['three and a half nines', 0.9995],
      ['3.5 nines', 0.9995],
      ['24/7, 99.9%', 0.999],
      ['99.9% monthly SLA', 0.999],
      ['**99.95%**', 0.9995],
    ],
    none: ['N/A', 'none', '-', '', 'n/a (internal tool)'],
    unparseable: ['best effort', 'high', '150%', '-5%', '101%', '24/7', 'nines', 'TBD'],
    same: [
      ['99.9%', '99.9 %'],
      ['99.9%', '  99.90% '],
      ['99.9%', 'three nines'],
      ['99.9%', '0.999'],
    ],
  });
});
