import { createHash } from 'node:crypto';
import type { RenderedDocument } from '../render/render-document.js';

/** What a load of the catalog rendered anew and what it took from the cache. */
export interface RenderCounts {
  rendered: number;
  reused: number;
}

/**
 * Renderings kept between loads of the dev server, so that an edit renders
 * one document again, not all of them. A rendering is reused while the
 * document's text and everything its links resolve against are unchanged.
 */
export interface RenderCache {
  /** The rendering of `path` when its `key` is as last time, else `make()`'s. */
  render(path: string, key: () => string, make: () => RenderedDocument): RenderedDocument;
  /** Forgets the documents this load did not ask for; what it rendered and reused. */
  sweep(): RenderCounts;
}

/** A short fingerprint of the parts, for cache keys. */
export function fingerprint(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url');
}

export function createRenderCache(): RenderCache {
  let current = new Map<string, { key: string; rendering: RenderedDocument }>();
  let previous = current;
  let counts: RenderCounts = { rendered: 0, reused: 0 };
  return {
    render(path, key, make) {
      const wanted = key();
      const kept = current.get(path) ?? previous.get(path);
      if (kept?.key === wanted) {
        counts.reused++;
        current.set(path, kept);
        return kept.rendering;
      }
      counts.rendered++;
      const rendering = make();
      current.set(path, { key: wanted, rendering });
      return rendering;
    },
    sweep() {
      const done = counts;
      previous = current;
      current = new Map();
      counts = { rendered: 0, reused: 0 };
      return done;
    },
  };
}

/** No cache: every document rendered each time (a build renders once). */
export const NO_RENDER_CACHE: RenderCache = {
  render: (_path, _key, make) => make(),
  sweep: () => ({ rendered: 0, reused: 0 }),
};
