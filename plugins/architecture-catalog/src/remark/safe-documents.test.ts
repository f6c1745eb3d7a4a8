import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Root } from 'mdast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { parseMarkdown } from '../engine/parse/markdown.js';
import remarkSafeDocuments, { isSafeUrl } from './safe-documents.js';

let site: string;
let root: string;
let documentPath: string;

beforeAll(() => {
  site = mkdtempSync(path.join(os.tmpdir(), 'arch-catalog-safe-'));
  root = path.join(site, 'workspaces');
  mkdirSync(path.join(root, 'UC-001_A', '01_Handoff'), { recursive: true });
  mkdirSync(path.join(root, 'UC-002_B'), { recursive: true });
  writeFileSync(path.join(site, 'secret.txt'), 'canary');
  writeFileSync(path.join(root, 'UC-002_B', 'diagram.png'), 'png');
  for (const active of ['evil.svg', 'page.html', 'code.js', 'data.xml', 'SPEC.XHTML'])
    writeFileSync(path.join(root, 'UC-002_B', active), '<script>window.__pwned=1</script>');
  writeFileSync(path.join(root, 'UC-002_B', 'table.csv'), 'a,b\n');
  writeFileSync(path.join(root, 'UC-001_A', '00_Status.md'), '# Status\n\n## Quick Info\n');
  writeFileSync(path.join(root, 'UC-001_A', '01_Handoff', 'Other.md'), '# Other {#custom}\n');
  writeFileSync(
    path.join(root, 'UC-001_A', '01_Handoff', 'Huge.md'),
    '#'.repeat(10) + '\n' + '> '.repeat(40) + 'x\n',
  );
  mkdirSync(path.join(root, 'UC-001_A', '_Drafts'));
  writeFileSync(path.join(root, 'UC-001_A', '_Drafts', 'Draft.md'), '# Draft\n');
  symlinkSync(path.join(site, 'secret.txt'), path.join(root, 'UC-001_A', 'evil.txt'));
  documentPath = path.join(root, 'UC-001_A', '01_Handoff', 'Plan.md');
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

function escaped(markdown: string): Root {
  const tree = parseMarkdown(markdown);
  remarkSafeDocuments({ root })(tree, { path: documentPath });
  return tree;
}

const urls = (tree: Root): string[] => {
  const found: string[] = [];
  const visit = (node: { type: string; url?: string; children?: unknown[] }): void => {
    if (node.url !== undefined) found.push(node.url);
    for (const child of (node.children ?? []) as { type: string }[]) visit(child);
  };
  visit(tree);
  return found;
};

const types = (tree: Root): string[] => {
  const found: string[] = [];
  const visit = (node: { type: string; children?: unknown[] }): void => {
    found.push(node.type);
    for (const child of (node.children ?? []) as { type: string }[]) visit(child);
  };
  visit(tree);
  return found;
};

describe('remarkSafeDocuments', () => {
  it('turns inline HTML into text', () => {
    const tree = escaped('whatever <Model> we pick <img src=x onerror=alert(1)>');
    expect(types(tree)).not.toContain('html');
    expect(JSON.stringify(tree)).toContain('"value":"<img src=x onerror=alert(1)>"');
  });

  it('turns block HTML into a paragraph of text', () => {
    const tree = escaped(
      '<script>alert(1)</script>\n\n<iframe src="javascript:alert(1)"></iframe>\n',
    );
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph']);
    expect(types(tree)).not.toContain('html');
  });

  it('escapes HTML nested in lists and quotes, and leaves code alone', () => {
    const tree = escaped('- <b>x</b>\n\n> <div>y</div>\n\n```html\n<b>code</b>\n```\n');
    expect(types(tree)).not.toContain('html');
    expect(types(tree)).toContain('code');
  });
});

describe('unsafe link URLs', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' java\tscript:alert(1)',
    'data:text/html,<b>x',
    'vbscript:x',
  ])('rejects %j', (url) => expect(isSafeUrl(url)).toBe(false));

  it.each([
    'https://example.com',
    'http://x',
    'mailto:a@b.c',
    '#anchor',
    '/abs',
    './rel.md',
    '../up.md',
    'page.md',
    'dir/page?x=1',
  ])('accepts %j', (url) => expect(isSafeUrl(url)).toBe(true));

  it('keeps the text of an unsafe link and drops the link', () => {
    const tree = escaped('[click me](javascript:window.__pwned=1) and [ok](https://example.com)');
    expect(JSON.stringify(tree)).not.toContain('javascript:');
    expect(types(tree).filter((type) => type === 'link')).toHaveLength(1);
    expect(JSON.stringify(tree)).toContain('click me');
  });

  it('turns an unsafe image into its alt text, and blanks unsafe reference definitions', () => {
    const tree = escaped('![alt text](javascript:x)\n\n[r]: javascript:alert(1)\n\n[see][r]');
    expect(JSON.stringify(tree)).not.toContain('javascript:');
    expect(JSON.stringify(tree)).toContain('alt text');
  });
});

describe('links and images that leave the root', () => {
  it.each([
    '[x](@site/../outside/secret)',
    '[x](@site/secret.txt)',
    '[env](../../../../proc/self/environ)',
    '[x](../../../secret.txt)',
    '[x](../../%2e%2e/secret.txt)',
    '[x](..%2F..%2F..%2Fsecret.txt)',
    '[x](..%5C..%5C..%5Csecret.txt)',
    '[x](/../../../../etc/passwd)',
    '![i](../../../../../../etc/passwd)',
    '[x](../evil.txt)',
    '[x][r]\n\n[r]: ../../../secret.txt',
    '[x](%E0%A4%A)',
  ])('shows %j as text', (markdown) => {
    const tree = escaped(markdown);
    expect(urls(tree).filter((url) => url !== '')).toEqual([]);
    expect(JSON.stringify(tree)).not.toMatch(/secret|passwd|environ|evil/);
  });

  it.each([
    '[x](../../UC-002_B/diagram.png)',
    '![d](../../UC-002_B/diagram.png#top)',
    '[x](./Other.md)',
    '[x](../00_Status.md)',
    '[x](https://example.com/../../etc/passwd)',
    '[x](#here)\n\n## Here',
    '[x](../00_Status.md#quick-info)',
    '[x](../../UC-002_B/table.csv)',
    '[x](./Other.md#custom)',
  ])('keeps %j', (markdown) => {
    expect(urls(escaped(markdown)).filter((url) => url !== '')).toHaveLength(1);
  });

  it.each([
    ['a missing document', '[x](./Missing.md)'],
    ['a missing image', '![x](./missing.png)'],
    ['a folder', '[x](../01_Handoff/)'],
    ['a file without an extension', '[x](../../UC-002_B)'],
    ['a document past a shape limit', '[x](./Huge.md)'],
    ['a document Docusaurus leaves out', '[x](../_Drafts/Draft.md)'],
    ['an SVG, which can hold script', '[x](../../UC-002_B/evil.svg)'],
    ['an SVG image', '![x](../../UC-002_B/evil.svg)'],
    ['an HTML page', '[x](../../UC-002_B/page.html)'],
    ['a script', '[x](../../UC-002_B/code.js)'],
    ['an XML file', '[x](../../UC-002_B/data.xml)'],
    ['an upper-case XHTML file', '[x](../../UC-002_B/SPEC.XHTML)'],
    ['an anchor no heading of this page makes', '[x](#nowhere)'],
  ])('shows a link to %s as text: it would fail the build', (_what, markdown) => {
    expect(urls(escaped(markdown)).filter((url) => url !== '')).toEqual([]);
  });

  it('makes a rooted link or image a pathname:// one, under the base URL', () => {
    expect(urls(escaped('[x](/catalog/use-cases/uc-001#top) ![logo](/img/logo.svg)'))).toEqual([
      'pathname:///catalog/use-cases/uc-001#top',
      'pathname:///img/logo.svg',
    ]);
    const tree = parseMarkdown('[x](/catalog)');
    remarkSafeDocuments({ root, baseUrl: '/docs/' })(tree, { path: documentPath });
    expect(urls(tree)).toEqual(['pathname:///docs/catalog']);
  });

  it('drops an anchor the target document does not make, keeping the link', () => {
    expect(urls(escaped('[x](../00_Status.md#nope)'))).toEqual(['../00_Status.md']);
  });

  it('needs the root', () => {
    expect(() => remarkSafeDocuments(undefined as never)).toThrow(/needs the catalog root/);
  });
});

describe('mermaid fences', () => {
  it('are made safe in documents', () => {
    const tree = escaped('```mermaid\nflowchart LR\n  A["<img src=x>"]\n```\n');
    expect(JSON.stringify(tree)).toContain('#lt;img src=x>');
  });
});
