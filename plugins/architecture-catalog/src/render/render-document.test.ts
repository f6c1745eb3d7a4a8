import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../engine/parse/markdown.js';
import { renderDocument, type RenderOptions } from './render-document.js';

const OPTIONS: RenderOptions = {
  anchor: 'doc',
  linkTarget: (url) => (url.startsWith('https://') ? url : null),
};
const render = (markdown: string, options: Partial<RenderOptions> = {}) =>
  renderDocument(parseMarkdown(markdown), { ...OPTIONS, ...options });
const htmlOf = (markdown: string, options: Partial<RenderOptions> = {}) =>
  render(markdown, options)
    .segments.map((segment) => (segment.kind === 'html' ? segment.html : `[${segment.kind}]`))
    .join('');

describe('renderDocument', () => {
  it('shows raw HTML as text, in a block or inline', () => {
    const html = htmlOf('<script>alert(1)</script>\n\nSee <img src=x onerror=alert(1)> here.\n');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).toContain('See &#x3C;img src=x onerror=alert(1)> here.');
  });

  it('leads a link where linkTarget says, or keeps its text only', () => {
    const html = htmlOf(
      '[site](https://example.com "t") and [file](../../etc/passwd) and [x][r]\n\n[r]: javascript:alert(1)\n',
    );
    expect(html).toContain('<a href="https://example.com">site</a>');
    expect(html).toContain(' and file and ');
    expect(html).not.toMatch(/passwd|javascript/);
  });

  it('keeps the sanitizer between a link target and the page', () => {
    const html = htmlOf('[a](javascript:alert(1)) [b](vbscript:x) [c](https://ok.example)', {
      linkTarget: (url) => url,
    });
    expect(html).not.toMatch(/javascript:|vbscript:/);
    expect(html).toContain('<a href="https://ok.example">c</a>');
  });

  it('links a remote image and names a local one, loading neither', () => {
    const html = htmlOf('![chart](https://example.com/c.png) ![diagram](./d.png)');
    expect(html).not.toContain('<img');
    expect(html).toContain('<a href="https://example.com/c.png">chart</a>');
    expect(html).toContain(' diagram');
  });

  it('anchors and lowers headings, and lists them', () => {
    const rendered = render('# Status\n\n## Next step\n\n## Next step\n');
    expect(rendered.headings).toEqual([
      { id: 'doc-status', text: 'Status', depth: 1 },
      { id: 'doc-next-step', text: 'Next step', depth: 2 },
      { id: 'doc-next-step-1', text: 'Next step', depth: 2 },
    ]);
    const html = htmlOf('# Status\n\n## Next step\n', { lineTargets: [3] });
    expect(html).toContain('<h3 id="doc-status">Status</h3>');
    expect(html).toContain('<h4 id="doc-next-step"><span id="doc-L3"></span>Next step</h4>');
  });

  it('anchors the lines the page links to, each on the element it falls in', () => {
    const markdown = '# T\n\nOne\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- x\n- y\n';
    const lineTargets = [4, 8, 10, 99];
    expect(render(markdown, { lineTargets }).lines).toEqual([3, 7, 10]);
    const html = htmlOf(markdown, { lineTargets });
    expect(html).toContain('<p id="doc-L3">One</p>');
    expect(html).toContain('<tr id="doc-L7">');
    expect(html).toContain('<li id="doc-L10">y</li>');
    expect(html.match(/id="doc-L/g)).toHaveLength(3);
    expect(render(markdown).lines).toEqual([]);
    expect(htmlOf(markdown)).not.toContain('id="doc-L');
  });

  it('drops the newlines between blocks, keeping those inside text', () => {
    expect(htmlOf('- a\n\n- b\n\n> q\n\n| x |\n|---|\n| 1 |\n\n*a*\n*b*\n')).toBe(
      '<ul><li><p>a</p></li><li><p>b</p></li></ul><blockquote><p>q</p></blockquote>' +
        '<table><thead><tr><th>x</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>' +
        '<p><em>a</em>\n<em>b</em></p>',
    );
    expect(htmlOf('- x *a* *b*\n  - y\n')).toBe(
      '<ul><li>x <em>a</em> <em>b</em><ul><li>y</li></ul></li></ul>',
    );
  });

  it('takes code blocks and mermaid diagrams out of the HTML, in order', () => {
    const rendered = render(
      'Before\n\n```ts\nconst a = 1;\n```\n\n```mermaid\ngraph TD; A-->B\n```\n\nAfter\n',
      { lineTargets: [1, 3, 7, 11] },
    );
    expect(rendered.segments).toEqual([
      { kind: 'html', html: '<p id="doc-L1">Before</p>' },
      { kind: 'code', id: 'doc-L3', language: 'ts', code: 'const a = 1;' },
      { kind: 'mermaid', id: 'doc-L7', code: 'graph TD; A-->B' },
      { kind: 'html', html: '<p id="doc-L11">After</p>' },
    ]);
  });

  it('leaves a mermaid label no tag that fetches or runs', () => {
    const [diagram] = render('```mermaid\nflowchart LR\n  A["<img src=x>"]\n```\n').segments;
    expect(diagram).toMatchObject({ kind: 'mermaid', code: 'flowchart LR\n  A["#lt;img src=x>"]' });
  });

  it('keeps tables, lists, emphasis and code spans', () => {
    const html = htmlOf('A `code` **b** ~~c~~\n\n- [x] done\n\n| h |\n|:-:|\n| v |\n');
    expect(html).toContain('<code>code</code> <strong>b</strong> <del>c</del>');
    expect(html).toContain('<input type="checkbox" checked disabled aria-label="done">');
    expect(html).toContain('<td align="center">v</td>');
  });
});
