import { describe, expect, it } from 'vitest';
import { climbingRoutes, isClimbingRoute, refuseClimbingRoutes } from './route-guard.js';

describe('isClimbingRoute', () => {
  it.each(['/../x', '/docs/a/../../../../etc', '/a/%2e%2e/%2E%2E/x', '/a/..\\..\\x', '..'])(
    '%j climbs',
    (route) => expect(isClimbingRoute(route)).toBe(true),
  );

  it.each(['/', '/docs/intro', '/a..b/c', '/a/.../b', '/a/./b', '/%E0%A4%A'])('%j stays', (route) =>
    expect(isClimbingRoute(route)).toBe(false),
  );
});

describe('climbingRoutes', () => {
  // The shape the docs plugin loads: a category link deep in a version's sidebars.
  const content = {
    'docusaurus-plugin-content-docs': {
      default: {
        loadedVersions: [
          {
            path: '/docs',
            docs: [
              { source: '@site/docs/a.md', permalink: '/docs/a', description: '/../not/a/route' },
            ],
            sidebars: {
              main: [
                {
                  type: 'category',
                  label: 'Escape',
                  link: {
                    type: 'generated-index',
                    slug: '/../../../escape',
                    permalink: '/docs/../../../escape',
                  },
                },
              ],
            },
          },
        ],
      },
    },
    other: { tags: [{ source: '@site/docs/b.md', permalink: '/%2e%2e/%2e%2e/tag' }] },
  };

  it('finds every URL field that climbs, naming its source when the content has one', () => {
    expect(climbingRoutes(content)).toEqual([
      { route: '/%2e%2e/%2e%2e/tag', source: '@site/docs/b.md' },
      { route: '/../../../escape', source: undefined },
      { route: '/docs/../../../escape', source: undefined },
    ]);
  });

  it('reads text that is not a URL field as text', () => {
    expect(climbingRoutes({ docs: [{ description: '/../x', title: '../..' }] })).toEqual([]);
  });

  it('survives shared and circular objects', () => {
    const node: Record<string, unknown> = { permalink: '/ok' };
    node.self = node;
    expect(climbingRoutes({ a: node, b: node })).toEqual([]);
  });

  it('stops the build with one report naming each route', () => {
    expect(() => refuseClimbingRoutes(content)).toThrow(
      /^Architecture catalog: 3 route\(s\) would be written outside the build folder; nothing was written:\n {2}\/%2e%2e\/%2e%2e\/tag \(from @site\/docs\/b\.md\)\n/,
    );
    expect(() => refuseClimbingRoutes({ docs: [{ permalink: '/docs/a' }] })).not.toThrow();
  });
});
