import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../plugins/architecture-catalog/src/engine/parse/front-matter.js';
import { parseWithMicromark } from '../../plugins/architecture-catalog/src/engine/parse/markdown.js';
import { parseMarkdownSubset } from '../../plugins/architecture-catalog/src/engine/parse/subset/index.js';
import { exceededLimit } from '../../plugins/architecture-catalog/src/engine/scan/markdown-limits.js';
import { generateCorpus } from '../../scripts/generate-corpus.mjs';
import { generateHostileCorpus } from '../hostile/corpus.js';
import { REPO_ROOT, tempDir } from '../helpers.js';

/** Every markdown file under `dir`, as the engine parses it (front matter blanked). */
function markdownUnder(dir: string): { file: string; text: string }[] {
  const found: { file: string; text: string }[] = [];
  const visit = (at: string): void => {
    for (const name of readdirSync(at).sort()) {
      const file = path.join(at, name);
      const stats = lstatSync(file, { throwIfNoEntry: false });
      if (stats?.isDirectory()) visit(file);
      else if (stats?.isFile() && name.endsWith('.md')) {
        found.push({ file, text: readFrontMatter(readFileSync(file, 'utf8')).body });
      }
    }
  };
  visit(dir);
  return found;
}

/** The documents the subset parser read; each one must give micromark's tree. */
function readBoth(documents: { file: string; text: string }[]): string[] {
  const accepted: string[] = [];
  for (const { file, text } of documents) {
    const subset = parseMarkdownSubset(text);
    if (subset === undefined) continue;
    accepted.push(file);
    expect(subset, file).toEqual(parseWithMicromark(text));
  }
  return accepted;
}

const isDesign = (file: string): boolean => file.endsWith('Architecture_Design.md');

describe('the markdown subset parser on real trees', () => {
  const temp = tempDir('arch-catalog-subset-');
  let generated: { file: string; text: string }[] = [];

  beforeAll(() => {
    generateCorpus({ out: path.join(temp.dir, 'generated'), count: 100, seed: 11, defects: 0.3 });
    generated = markdownUnder(path.join(temp.dir, 'generated'));
  });
  afterAll(() => temp.cleanup());

  it('reads nearly every generated document, as micromark does', () => {
    const accepted = readBoth(generated);
    const designs = generated.filter(({ file }) => isDesign(file));
    expect(accepted.filter(isDesign).length / designs.length).toBeGreaterThan(0.9);
    expect(accepted.length / generated.length).toBeGreaterThan(0.9);
  });

  it('agrees with micromark on the sample workspaces, the fixtures and the docs', () => {
    const documents = ['AE01_Implementations', 'test/fixtures', 'docs'].flatMap((dir) =>
      markdownUnder(path.join(REPO_ROOT, dir)),
    );
    expect(readBoth(documents).length).toBeGreaterThan(documents.length / 2);
  });

  it('agrees with micromark on the hostile corpus', () => {
    const root = path.join(temp.dir, 'hostile');
    generateHostileCorpus(root);
    // As in a build, documents past the shape limits are not parsed; the few
    // megabyte-sized ones take micromark half a minute and show no other shape.
    const documents = markdownUnder(root).filter(
      ({ text }) => !exceededLimit(text) && text.length < 300_000,
    );
    expect(documents.length).toBeGreaterThan(0);
    readBoth(documents);
  });
});
