import { DESIGN, writeWorkspace, type CaseSpec } from './case-spec.js';
import { designText, handoffText } from './documents.js';

const INVALID_YAML = 'title: "never closed\ntags: [a, b\n: : :';
const NOT_A_MAPPING = '- just\n- a list';
const DUPLICATE_KEYS = 'title: One\ntitle: Two';

/** Billion laughs: nine levels of nine aliases, 387,420,489 strings once expanded. */
export function aliasBomb(levels = 9): string {
  const names = 'abcdefghijklmnopqrstuvwxyz';
  const lines = [`a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]`];
  for (let i = 1; i < levels; i++) {
    const previous = names[i - 1]!;
    lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${previous}`).join(', ')}]`);
  }
  return lines.join('\n');
}

const DEEP_FLOW = `deep: ${'['.repeat(5000)}${']'.repeat(5000)}`;

function withFrontMatter(yaml: string, title: string): string {
  return `---\n${yaml}\n---\n\n${handoffText(title, 'Body.')}`;
}

export const YAML_CASES: readonly CaseSpec[] = [
  {
    name: 'invalid-yaml-front-matter',
    description:
      'Invalid YAML front matter on a valid design, and on handoffs: invalid, not a mapping, duplicate keys, nested 5,000 deep.',
    build: (c) =>
      writeWorkspace(c, {
        [DESIGN]: designText({ frontMatter: INVALID_YAML }),
        '01_Handoff/Invalid.md': withFrontMatter(INVALID_YAML, 'Invalid'),
        '01_Handoff/List.md': withFrontMatter(NOT_A_MAPPING, 'List'),
        '01_Handoff/Duplicate.md': withFrontMatter(DUPLICATE_KEYS, 'Duplicate'),
        '01_Handoff/Deep.md': withFrontMatter(DEEP_FLOW, 'Deep'),
      }),
  },
  {
    name: 'yaml-alias-bomb',
    description: 'Billion-laughs alias-bomb front matter on a valid design and on a handoff.',
    build: (c) =>
      writeWorkspace(c, {
        [DESIGN]: designText({ frontMatter: aliasBomb() }),
        '01_Handoff/Bomb.md': withFrontMatter(aliasBomb(), 'Bomb'),
      }),
  },
];
