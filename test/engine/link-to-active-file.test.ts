import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isActiveFile,
  mayHoldRefusedLink,
} from '../../plugins/architecture-catalog/src/engine/links/link-target.js';
import type { CatalogModel } from '../../plugins/architecture-catalog/src/engine/types.js';
import { catalogOf, tempDir, writeTree } from '../helpers.js';

const temp = tempDir();
let model: CatalogModel;

const SPEC = [
  '# Component Spec',
  '',
  'The [diagram](./flow.svg) and ![the same](./flow.svg "Flow").',
  'A [mock-up](mockup.html?v=2#top), [data](./data.csv) and [a design](../Architecture_Design.md).',
  '',
  '[script]: ./tool.js',
].join('\n');

beforeAll(() => {
  writeTree(temp.dir, {
    'UC-001_A/00_Status.md': '# Implementation Status: A\n\n**Phase:** Handoff\n',
    'UC-001_A/02_Architecture/Component_Specifications/Spec.md': SPEC,
  });
  model = catalogOf(temp.dir);
});
afterAll(() => temp.cleanup());

describe('link-to-active-file', () => {
  it('reports each link, image and definition to a file a browser may run, where it stands', () => {
    const file = 'UC-001_A/02_Architecture/Component_Specifications/Spec.md';
    const found = model.diagnostics
      .filter((d) => d.ruleId === 'link-to-active-file')
      .map((d) => [d.file, d.line, d.column, d.severity, d.message]);
    const message = (link: string) =>
      `${file}: ${link} is a file a browser may run as script; the site shows it as text`;
    expect(found).toEqual([
      [file, 3, 5, 'error', message('the link to "./flow.svg"')],
      [file, 3, 31, 'error', message('the image "./flow.svg"')],
      [file, 4, 3, 'error', message('the link to "mockup.html?v=2#top"')],
      [file, 6, 1, 'error', message('the link definition "./tool.js"')],
    ]);
  });
});

describe('isActiveFile', () => {
  it.each(['a.svg', 'a.SVG', 'a.html', 'a.htm', 'a.xhtml', 'a.js', 'a.mjs', 'a.xml', 'a.exe'])(
    '%s is active',
    (file) => expect(isActiveFile(file)).toBe(true),
  );
  it.each(['a.png', 'a.JPG', 'a.pdf', 'a.csv', 'a.txt', 'a.md', 'a.markdown', 'folder', 'a.d/b'])(
    '%s is not',
    (file) => expect(isActiveFile(file)).toBe(false),
  );
});

describe('mayHoldRefusedLink', () => {
  it('lets the scan skip documents whose links are all fine', () => {
    expect(mayHoldRefusedLink('[a](./b.png) [c](https://x.example/y.js) [d](./e.md#f)')).toBe(
      false,
    );
    expect(mayHoldRefusedLink('[a](./b.svg)')).toBe(true);
    expect(mayHoldRefusedLink('[a]: <./b.html>')).toBe(true);
    expect(mayHoldRefusedLink('[a](../../x.png)')).toBe(true);
    expect(mayHoldRefusedLink('[a](..)')).toBe(true);
    expect(mayHoldRefusedLink('[a](..%2Fx.png)')).toBe(true);
    expect(mayHoldRefusedLink('and so on... [a](./b.png)')).toBe(false);
  });
});
