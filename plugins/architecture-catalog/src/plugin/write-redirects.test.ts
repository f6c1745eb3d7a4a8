import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirEach } from '../engine/io/__fixtures__/temp-dir.js';
import { redirectPage, writeRedirects } from './write-redirects.js';

const build = tempDirEach('arch-catalog-redirects-');

describe('writeRedirects', () => {
  it('writes each redirect as an index.html under the base URL', () => {
    const written = writeRedirects(build(), '/docs-site/', [
      {
        from: '/docs-site/workspaces/UC-001_A/Status',
        to: '/docs-site/catalog/use-cases/uc-001-a#doc-00-status-md',
      },
    ]);
    expect(written).toBe(1);
    const html = readFileSync(
      path.join(build(), 'workspaces', 'UC-001_A', 'Status', 'index.html'),
      'utf8',
    );
    expect(html).toContain(
      '<meta http-equiv="refresh" content="0; url=/docs-site/catalog/use-cases/uc-001-a#doc-00-status-md">',
    );
  });

  it('never writes over a page of the build, nor outside it', () => {
    const page = path.join(build(), 'catalog', 'index.html');
    mkdirSync(path.dirname(page), { recursive: true });
    writeFileSync(page, 'the catalog');
    const written = writeRedirects(build(), '/', [
      { from: '/catalog', to: '/elsewhere' },
      { from: '/a/../../outside', to: '/x' },
      { from: '/', to: '/x' },
    ]);
    expect(written).toBe(0);
    expect(readFileSync(page, 'utf8')).toBe('the catalog');
    expect(existsSync(path.join(build(), '..', 'outside'))).toBe(false);
  });
});

describe('redirectPage', () => {
  it('writes the address as attribute text', () => {
    const html = redirectPage('/a?x="1"&y=<b>');
    expect(html).toContain('href="/a?x=&quot;1&quot;&amp;y=&lt;b&gt;"');
    expect(html).not.toContain('<b>');
  });
});
