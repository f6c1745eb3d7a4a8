import { describe, expect, it } from 'vitest';
import { safeMermaidSource } from './mermaid-source.js';

describe('safeMermaidSource', () => {
  it('makes every tag text but the ones a label needs, and leaves arrows alone', () => {
    expect(
      safeMermaidSource(
        'flowchart LR\n  A["<b>x</b><br/><img src=https://t.example/p.gif>"] <--> B\n  B --> C["<iframe src=x></iframe>"]',
      ),
    ).toBe(
      'flowchart LR\n  A["<b>x</b><br/>#lt;img src=https://t.example/p.gif>"] <--> B\n  B --> C["#lt;iframe src=x>#lt;/iframe>"]',
    );
  });
});
