import { useCallback, useMemo } from 'react';
import { useHistory, useLocation } from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';

export type QueryUpdate = Record<string, string | null | undefined>;

/** Like `URLSearchParams#toString`, but keeps commas readable (`?uc=UC-001,UC-003`). */
function serialize(params: URLSearchParams): string {
  const encode = (text: string) => encodeURIComponent(text).replace(/%2C/gi, ',');
  return [...params].map(([key, value]) => `${encode(key)}=${encode(value)}`).join('&');
}

/**
 * The page's URL query as state. Empty during server rendering and hydration
 * (the static HTML has no query), the real query right after. Updates use
 * `history.replace`, so typing in a filter does not flood the history.
 */
export default function useQueryParams(): [URLSearchParams, (update: QueryUpdate) => void] {
  const location = useLocation();
  const history = useHistory();
  const isBrowser = useIsBrowser();
  const search = isBrowser ? location.search : '';
  const params = useMemo(() => new URLSearchParams(search), [search]);

  const update = useCallback(
    (changes: QueryUpdate) => {
      const next = new URLSearchParams(history.location.search);
      for (const [key, value] of Object.entries(changes)) {
        if (value == null || value === '') next.delete(key);
        else next.set(key, value);
      }
      const query = serialize(next);
      history.replace({
        pathname: history.location.pathname,
        search: query ? `?${query}` : '',
        hash: history.location.hash,
      });
    },
    [history],
  );

  return [params, update];
}
