/** Tags a mermaid label may use for emphasis and line breaks: no attributes, nothing fetched. */
const LABEL_TAG = /^<\/?(?:b|i|em|strong|u|s|sub|sup|small|br)\s*\/?>$/i;

/**
 * A mermaid fence with every HTML tag but the label ones made text
 * (`#lt;`): mermaid's strict mode still lets `<img src=...>` through, a
 * tracking pixel in every reader's browser. Arrows (`<--`) are no tags.
 */
export function safeMermaidSource(source: string): string {
  return source.replace(/<\/?[a-z][^>]*>?/gi, (tag) =>
    LABEL_TAG.test(tag) ? tag : `#lt;${tag.slice(1)}`,
  );
}
