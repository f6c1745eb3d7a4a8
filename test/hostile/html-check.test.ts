import { describe, expect, it } from 'vitest';
import { runnableMarkup } from './html-check.js';

describe('runnableMarkup', () => {
  it('finds script, handlers and javascript: URLs in markup', () => {
    expect(
      runnableMarkup(
        '<p>ok</p><script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">' +
          '<a href=" jav&#x09;ascript:alert(1)">x</a><a href=&#106;avascript:x>y</a>',
      ),
    ).toHaveLength(4);
  });

  it('finds a script that a title broke out of JSON-LD', () => {
    const html =
      '<script type=application/ld+json>{"name":"</script><script>window.__pwned=1</script>"}</script>';
    expect(runnableMarkup(html)).toHaveLength(1);
  });

  it('ignores payloads shown as text or held in attribute text', () => {
    expect(
      runnableMarkup(
        '<p>&lt;img src=x onerror="window.__pwned=1"> &lt;a href="javascript:x"></p>' +
          '<a title="</script><script>window.__pwned=1</script>" href=/safe>UC</a>' +
          '<script type=application/ld+json>{"name":"\\u003cscript>"}</script>',
      ),
    ).toEqual([]);
  });
});
