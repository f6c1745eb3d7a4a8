/**
 * A strict little XML 1.0 reader for tests: elements, attributes, text and
 * the five predefined and numeric character references. It throws on
 * anything not well-formed (or not needed here: comments, CDATA, DOCTYPE).
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

const NAME_START = /[A-Za-z_:]/;
const NAME_CHAR = /[-A-Za-z0-9_:.]/;
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

class Reader {
  private index = 0;

  constructor(private readonly text: string) {}

  fail(message: string): never {
    throw new Error(
      `${message} at offset ${this.index}: ${JSON.stringify(this.text.slice(this.index, this.index + 30))}`,
    );
  }

  get done(): boolean {
    return this.index >= this.text.length;
  }

  peek(literal: string): boolean {
    return this.text.startsWith(literal, this.index);
  }

  expect(literal: string): void {
    if (!this.peek(literal)) this.fail(`expected ${JSON.stringify(literal)}`);
    this.index += literal.length;
  }

  skipSpace(): boolean {
    const start = this.index;
    while (!this.done && ' \t\r\n'.includes(this.text.charAt(this.index))) this.index += 1;
    return this.index > start;
  }

  name(): string {
    const start = this.index;
    if (!NAME_START.test(this.text.charAt(this.index))) this.fail('expected a name');
    while (!this.done && NAME_CHAR.test(this.text.charAt(this.index))) this.index += 1;
    return this.text.slice(start, this.index);
  }

  /** Characters up to (not including) `stop`, with references decoded. */
  characters(stop: string): string {
    let out = '';
    while (!this.done && !stop.includes(this.text.charAt(this.index))) {
      const char = this.text.charAt(this.index);
      if (char === '<') this.fail('unescaped <');
      if (char === '&') {
        const end = this.text.indexOf(';', this.index);
        if (end < 0) this.fail('unterminated reference');
        out += this.reference(this.text.slice(this.index + 1, end));
        this.index = end + 1;
      } else {
        out += char;
        this.index += 1;
      }
    }
    return out;
  }

  reference(body: string): string {
    const named = ENTITIES[body];
    if (named !== undefined) return named;
    const decimal = /^#([0-9]+)$/.exec(body);
    const hex = /^#x([0-9a-fA-F]+)$/.exec(body);
    const code = decimal?.[1] ? Number(decimal[1]) : hex?.[1] ? parseInt(hex[1], 16) : NaN;
    if (!isXmlChar(code)) this.fail(`bad reference &${body};`);
    return String.fromCodePoint(code);
  }

  element(): XmlElement {
    this.expect('<');
    const element: XmlElement = { name: this.name(), attributes: {}, children: [] };
    for (;;) {
      const spaced = this.skipSpace();
      if (this.peek('/>')) {
        this.index += 2;
        return element;
      }
      if (this.peek('>')) {
        this.index += 1;
        break;
      }
      if (!spaced) this.fail('expected whitespace before an attribute');
      const name = this.name();
      if (name in element.attributes) this.fail(`duplicate attribute ${name}`);
      this.skipSpace();
      this.expect('=');
      this.skipSpace();
      const quote = this.text.charAt(this.index);
      if (quote !== '"' && quote !== "'") this.fail('expected a quote');
      this.index += 1;
      element.attributes[name] = this.characters(quote);
      this.expect(quote);
    }
    for (;;) {
      if (this.done) this.fail(`unclosed <${element.name}>`);
      if (this.peek('</')) {
        this.index += 2;
        if (this.name() !== element.name) this.fail(`mismatched end tag for <${element.name}>`);
        this.skipSpace();
        this.expect('>');
        return element;
      }
      if (this.peek('<!') || this.peek('<?')) this.fail('unsupported markup');
      if (this.peek('<')) element.children.push(this.element());
      else element.children.push(this.characters('<'));
    }
  }

  document(): XmlElement {
    for (const char of this.text) {
      const code = char.codePointAt(0) ?? 0;
      if (!isXmlChar(code)) {
        throw new Error(`character U+${code.toString(16)} is not allowed in XML 1.0`);
      }
    }
    if (this.peek('<?xml')) {
      const end = this.text.indexOf('?>');
      if (end < 0) this.fail('unterminated XML declaration');
      this.index = end + 2;
    }
    this.skipSpace();
    const root = this.element();
    this.skipSpace();
    if (!this.done) this.fail('content after the root element');
    return root;
  }
}

export function parseXml(text: string): XmlElement {
  return new Reader(text).document();
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement =>
      typeof child !== 'string' && (name === undefined || child.name === name),
  );
}

export function textOf(element: XmlElement): string {
  return element.children
    .map((child) => (typeof child === 'string' ? child : textOf(child)))
    .join('');
}
