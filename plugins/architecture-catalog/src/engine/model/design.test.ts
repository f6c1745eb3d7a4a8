import { describe, expect, it } from 'vitest';
import { edit, VALID_DESIGN } from '../rules/__fixtures__/harness.js';
import { parseDesignDocument } from '../parse/design-document.js';
import { createTechnologyIndex } from '../technologies/index.js';
import { DEFAULT_PATTERNS } from '../config/config.js';
import { buildDesign } from './design.js';

function designOf(markdown: string) {
  const document = parseDesignDocument('UC-001_A/02_Architecture/Architecture_Design.md', markdown);
  return buildDesign(document, {
    technologies: createTechnologyIndex(),
    patterns: DEFAULT_PATTERNS,
  });
}

describe('buildDesign key order', () => {
  it('lists components in template order, other subsections after them as written', () => {
    const serving = '### Model Serving\nKServe on Kubernetes, one replica per zone.\n\n';
    let markdown = edit(VALID_DESIGN, serving, '');
    markdown = edit(
      markdown,
      '### Data Pipeline\n',
      `${serving}### Rollout\nCanary.\n\n### Data Pipeline\n`,
    );
    expect(Object.keys(designOf(markdown).components)).toEqual([
      'Data Pipeline',
      'Feature Engineering',
      'Model Training',
      'Model Serving',
      'Monitoring',
      'Rollout',
    ]);
  });

  it('sorts the keys of front matter at every depth, keeping lists in order', () => {
    const markdown = `---\nzeta: 1\nalpha:\n  y: [b, a]\n  x: true\n10: ten\n2: two\n---\n${VALID_DESIGN}`;
    const { frontMatter } = designOf(markdown);
    expect(JSON.stringify(frontMatter)).toBe(
      '{"2":"two","10":"ten","alpha":{"x":true,"y":["b","a"]},"zeta":1}',
    );
  });

  it('keeps a front matter key named __proto__ as a key', () => {
    const { frontMatter } = designOf(`---\n__proto__: {x: 1}\na: 2\n---\n${VALID_DESIGN}`);
    expect(JSON.stringify(frontMatter)).toBe('{"__proto__":{"x":1},"a":2}');
  });
});
