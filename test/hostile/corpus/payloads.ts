/**
 * Text built to run script or break markup. Everything that could run
 * script sets `window.__pwned = 1`, so a browser test can trap it.
 */

export const PWN = 'window.__pwned=1';

/** Raw HTML that would run script if it reached a page as markup. */
export const HTML_PAYLOADS: readonly string[] = [
  `</script><script>${PWN}</script>`,
  `<script>${PWN}</script>`,
  `<img src=x onerror="${PWN}">`,
  `<iframe src="javascript:${PWN}"></iframe>`,
  `<iframe srcdoc="<script>parent.${PWN}</script>"></iframe>`,
  `<svg onload="${PWN}"><circle r="1"/></svg>`,
  `<a href="javascript:${PWN}">an HTML link</a>`,
  `<details open ontoggle="${PWN}">details</details>`,
  `<object data="javascript:${PWN}"></object>`,
  `<body onload="${PWN}">`,
  `<style>@import 'javascript:${PWN}';</style>`,
];

/** Markdown links whose destination would run script if kept as an href. */
export const LINK_PAYLOADS: readonly string[] = [
  `[a javascript link](javascript:${PWN})`,
  `[a mixed-case link](JaVaScRiPt:${PWN})`,
  `[an entity-encoded link](&#106;avascript:${PWN})`,
  `[a link with spaces](<javascript: ${PWN}>)`,
  `<javascript:${PWN}>`,
  `[a reference link][pwn]`,
  `[a vbscript link](vbscript:msgbox)`,
  `[a data link](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+)`,
  `![an image](javascript:${PWN})`,
];

/** The definition `[a reference link][pwn]` needs; goes on its own line. */
export const LINK_DEFINITION = `[pwn]: javascript:${PWN}`;

/** Text that MDX would read as JSX or ESM; documents are CommonMark, so it must stay text. */
export const JSX_LOOKING: readonly string[] = [
  'p99 <100ms',
  'every {x} in {region}',
  'whatever <Foo/> we pick',
  `{${PWN}}`,
  '<Model>',
  '{/* a comment */}',
];

/** Lines MDX would read as ESM when they start a paragraph. */
export const ESM_LINES: readonly string[] = [
  "import x from 'y'",
  'export const a = 1',
  `export default function Pwn() { ${PWN} }`,
];

/**
 * Names built to break a mermaid label or the HTML around it: a quote and a
 * bracket to close the label, a click directive, an init directive, backticks,
 * markup, an escaped pipe, and a newline (as an entity: a table cell cannot
 * hold a raw one).
 */
export const MERMAID_PAYLOADS: readonly string[] = [
  '"]; click A call alert(1)',
  `"]; click A call eval("${PWN}")`,
  `"]; click A href "javascript:${PWN}"`,
  '%%{init: {"securityLevel":"loose"}}%%',
  '`Kafka` ``` fenced ```',
  '<b>Bold</b> Flink',
  `<img src=x onerror="${PWN}">`,
  'Redis \\| Memcached',
  'Spark&#10;Line two',
  'A --> B; end; subgraph X',
  '#quot;#59; #35;',
  'Right\u202eto left',
];

/** A 10 KB name: one word, and words. */
export const TEN_KB_WORD = 'K'.repeat(10 * 1024);
export const TEN_KB_WORDS = 'Stream Processor '.repeat(Math.ceil((10 * 1024) / 17)).trim();

/** One payload per index, cycling, so every place gets a different one. */
export function payloadAt(payloads: readonly string[], index: number): string {
  return payloads[index % payloads.length]!;
}
