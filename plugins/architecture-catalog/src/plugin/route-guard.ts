import type { PluginContentLoadedActions } from '@docusaurus/types';
import { ReportError } from './report-error.js';

/** Keys under which plugins keep the URLs they make routes and files of. */
const ROUTE_KEYS = new Set(['permalink', 'slug', 'path', 'url', 'href', 'to', 'link']);

export interface ClimbingRoute {
  route: string;
  /** The document or file it came from, when the content says (`@site/...`). */
  source: string | undefined;
}

export class ClimbingRouteError extends ReportError {}

function decoded(route: string): string {
  try {
    return decodeURIComponent(route);
  } catch {
    return route;
  }
}

/** `/a/../../x`, `/%2e%2e/x`: a route that, written as files, would land outside the output folder. */
export function isClimbingRoute(route: string): boolean {
  return decoded(route)
    .split(/[/\\]/)
    .some((segment) => segment === '..');
}

interface Frame {
  value: unknown;
  source: string | undefined;
}

function sourceOf(object: Record<string, unknown>, inherited: string | undefined) {
  return typeof object.source === 'string' ? object.source : inherited;
}

/**
 * Every URL-like string in the plugins' loaded content that climbs: what the plugins will
 * turn into routes, checked before any route exists, whichever field of whichever plugin
 * holds it.
 */
export function climbingRoutes(content: unknown): ClimbingRoute[] {
  const found: ClimbingRoute[] = [];
  const seen = new WeakSet<object>();
  const stack: Frame[] = [{ value: content, source: undefined }];
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    const { value } = frame;
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    const object = value as Record<string, unknown>;
    const source = sourceOf(object, frame.source);
    for (const [key, child] of Object.entries(object)) {
      if (typeof child === 'string') {
        if (ROUTE_KEYS.has(key) && isClimbingRoute(child)) found.push({ route: child, source });
      } else stack.push({ value: child, source });
    }
  }
  return found;
}

/** Stops the build, naming each climbing route and where it came from. */
export function refuseClimbingRoutes(content: unknown): void {
  const found = climbingRoutes(content);
  if (found.length === 0) return;
  const lines = [
    ...new Set(found.map(({ route, source }) => `  ${route}${source ? ` (from ${source})` : ''}`)),
  ];
  throw new ClimbingRouteError(
    `Architecture catalog: ${lines.length} route(s) would be written outside the build folder; nothing was written:\n${lines.join('\n')}`,
  );
}

/** The catalog's own routes pass the same check as they are added. */
export function guardedActions(actions: PluginContentLoadedActions): PluginContentLoadedActions {
  return {
    ...actions,
    addRoute: (route) => {
      if (isClimbingRoute(route.path)) refuseClimbingRoutes({ route: { path: route.path } });
      actions.addRoute(route);
    },
  };
}
