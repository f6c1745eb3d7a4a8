/**
 * A static check of built pages: markup through which a payload could run.
 * Text in pages has `<` escaped, so every `<name ...>` is a real tag; each
 * tag's attributes are read and judged. The browser test runs the pages; this
 * check names the file and the markup.
 */

const TAG =
  /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'=<>`/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'xlink:href']);

/** Each piece of markup in `html` that could run script, as `<tag attribute=value>`. */
export function runnableMarkup(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.matchAll(TAG)) {
    const name = tag[1]!.toLowerCase();
    const attributes = [...tag[2]!.matchAll(ATTRIBUTE)].map(([, key, ...values]) => ({
      key: key!.toLowerCase(),
      value: decodeEntities(values.find((v) => v !== undefined) ?? ''),
    }));
    if (name === 'script' && !isData(attributes)) {
      const end = html.indexOf('</script', tag.index + tag[0].length);
      const body = html.slice(tag.index + tag[0].length, end === -1 ? undefined : end);
      if (body.includes('__pwned')) found.push(`<script>${body.slice(0, 120)}`);
    }
    for (const { key, value } of attributes) {
      if (isRunnable(key, value)) found.push(`<${name} ${key}=${value.slice(0, 120)}>`);
    }
  }
  return found;
}

/** A script element holding data (JSON-LD, JSON), which a browser never runs. */
function isData(attributes: readonly { key: string; value: string }[]): boolean {
  const type = attributes.find((attribute) => attribute.key === 'type')?.value ?? '';
  return /json/i.test(type);
}

function isRunnable(attribute: string, value: string): boolean {
  if (attribute.startsWith('on')) return value.includes('__pwned');
  if (!URL_ATTRIBUTES.has(attribute)) return false;
  // Browsers drop whitespace and controls in a URL before reading its scheme.
  const scheme = [...value]
    .filter((char) => char.charCodeAt(0) > 0x20)
    .join('')
    .toLowerCase();
  return scheme.startsWith('javascript:') || scheme.startsWith('vbscript:');
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, '')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Control characters other than tab, line feed and carriage return: invalid in XML 1.0, unsafe on a terminal. */
export function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && code !== 9 && code !== 10 && code !== 13) || code === 0x7f) return true;
  }
  return false;
}
