import type { Element, Root, RootContent } from 'hast';
import { safeMermaidSource } from './mermaid-source.js';
import { textOf } from './text-of.js';

/** A run of a rendered document: HTML, a code block to highlight, or a mermaid diagram to draw. */
export type Segment =
  | { kind: 'html'; html: string }
  | { kind: 'code'; id: string | null; language: string | null; code: string }
  | { kind: 'mermaid'; id: string | null; code: string };

/**
 * The top-level code blocks of a tree as segments of their own (the page
 * highlights them and draws mermaid), the runs between them as HTML.
 */
export function splitSegments(tree: Root, toHtml: (tree: Root) => string): Segment[] {
  const segments: Segment[] = [];
  let run: RootContent[] = [];
  const flush = (): void => {
    if (run.some((node) => node.type !== 'text' || node.value.trim() !== ''))
      segments.push({ kind: 'html', html: toHtml({ type: 'root', children: run }) });
    run = [];
  };
  for (const node of tree.children) {
    const block = node.type === 'element' ? codeBlock(node) : undefined;
    if (!block) {
      run.push(node);
      continue;
    }
    flush();
    segments.push(block);
  }
  flush();
  return segments;
}

/** A `pre` holding one `code`: its language and text. */
function codeBlock(pre: Element): Segment | undefined {
  const [code, ...rest] = pre.children.filter(
    (child) => child.type !== 'text' || child.value.trim() !== '',
  );
  if (
    pre.tagName !== 'pre' ||
    rest.length > 0 ||
    code?.type !== 'element' ||
    code.tagName !== 'code'
  )
    return undefined;
  const id = typeof pre.properties.id === 'string' ? pre.properties.id : null;
  const classes = Array.isArray(code.properties.className) ? code.properties.className : [];
  const language =
    classes
      .map(String)
      .find((name) => name.startsWith('language-'))
      ?.slice(9) ?? null;
  const text = textOf(code).replace(/\n$/, '');
  return language === 'mermaid'
    ? { kind: 'mermaid', id, code: safeMermaidSource(text) }
    : { kind: 'code', id, language, code: text };
}
