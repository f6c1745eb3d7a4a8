/**
 * The examples of a rule page (`docs/rules/<id>.md`), read as remark-lint
 * reads the examples of its rules: every input block names its file with
 * `title="..."` (relative to the folder `arch-catalog validate` runs in), and
 * a failing example ends with a block of the command's exact output.
 *
 * - ```` ```diff title="AE01_Implementations/UC-001_Example/02_Architecture/Architecture_Design.md" ````
 *   changes the example workspace's file: lines with ` ` and `-` must occur
 *   there once, in a row; they become the lines with ` ` and `+`.
 * - Any other language with a title is the whole file.
 * - A title followed by `delete` removes the file (the block says why).
 * - ```` ```text ```` starting `$ npx arch-catalog validate` is the output of
 *   the inputs since the previous output block.
 *
 * A failing example changes the example workspace; a passing example
 * changes the first failing example, as its fix.
 */

export interface FileChange {
  file: string;
  kind: 'patch' | 'write' | 'delete';
  body: string;
}

export interface RuleExample {
  changes: FileChange[];
  /** The command line after `npx arch-catalog`, and its output; none in a passing example. */
  run?: { args: string[]; output: string };
}

export interface RulePageExamples {
  failing: RuleExample[];
  passing: RuleExample[];
}

interface Fence {
  lang: string;
  meta: string;
  body: string;
}

const COMMAND = '$ npx arch-catalog ';

/** The fenced blocks of some markdown, in order (backtick fences at the start of a line). */
export function fencesOf(markdown: string): Fence[] {
  const fences: Fence[] = [];
  const pattern = /^(`{3,})([^\n`]*)\n([\s\S]*?)^\1[ \t]*$/gm;
  for (const match of markdown.matchAll(pattern)) {
    const [lang = '', ...rest] = match[2]!.trim().split(/\s+/);
    fences.push({ lang, meta: rest.join(' '), body: match[3]!.replace(/\n$/, '') });
  }
  return fences;
}

/** The text of the `## title` section, up to the next `## `. */
function section(markdown: string, title: string): string {
  const start = markdown.indexOf(`\n## ${title}\n`);
  if (start === -1) return '';
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end === -1 ? undefined : end);
}

function changeOf(fence: Fence): FileChange | undefined {
  const title = /(?:^|\s)title="([^"]+)"/.exec(fence.meta)?.[1];
  if (title === undefined) return undefined;
  if (/(?:^|\s)delete(?:\s|$)/.test(fence.meta)) return { file: title, kind: 'delete', body: '' };
  return { file: title, kind: fence.lang === 'diff' ? 'patch' : 'write', body: fence.body };
}

function examplesOf(markdown: string): RuleExample[] {
  const examples: RuleExample[] = [];
  let changes: FileChange[] = [];
  for (const fence of fencesOf(markdown)) {
    const change = changeOf(fence);
    if (change) {
      changes.push(change);
    } else if (fence.body.startsWith(COMMAND)) {
      const [command = '', ...output] = fence.body.split('\n');
      const args = command.slice(COMMAND.length).trim().split(/\s+/);
      examples.push({ changes, run: { args, output: `${output.join('\n')}\n` } });
      changes = [];
    }
  }
  if (changes.length > 0) examples.push({ changes });
  return examples;
}

export function rulePageExamples(markdown: string): RulePageExamples {
  return {
    failing: examplesOf(section(markdown, 'Failing example')),
    passing: examplesOf(section(markdown, 'Passing example')),
  };
}

/** `text` with a diff body applied; throws, saying why, when its old lines are not there once. */
export function applyPatch(text: string, diff: string, file: string): string {
  const lines = diff.split('\n');
  const old = lines.filter((line) => !line.startsWith('+')).map((line) => line.slice(1));
  const next = lines.filter((line) => !line.startsWith('-')).map((line) => line.slice(1));
  const before = `${old.join('\n')}\n`;
  const at = text.indexOf(before);
  if (at === -1 || (at > 0 && text[at - 1] !== '\n'))
    throw new Error(`${file}: the diff's old lines are not in the file:\n${before}`);
  if (text.indexOf(before, at + 1) !== -1)
    throw new Error(`${file}: the diff's old lines occur more than once:\n${before}`);
  return text.slice(0, at) + `${next.join('\n')}\n` + text.slice(at + before.length);
}
