import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';

/**
 * The cases of a YAML file of `input: expected` lines, in file order: long
 * tables of cases read best as data, one case a line.
 */
export function yamlCases<Expected>(file: URL): [string, Expected][] {
  const cases = parseDocument(readFileSync(file, 'utf8')).toJS({ mapAsMap: true }) as unknown;
  if (!(cases instanceof Map)) throw new Error(`${file.pathname}: not a map of cases`);
  return [...cases.entries()].map(([input, expected]) => [String(input), expected as Expected]);
}
