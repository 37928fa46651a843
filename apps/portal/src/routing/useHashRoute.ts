import { useEffect, useState } from 'react';

/** A route read from the hash: `#/apply/some-measure?x=1` → path ['apply', 'some-measure'], query. */
export interface Route {
  path: string[];
  query: URLSearchParams;
  /** The hash as it is, to come back to after signing in. */
  href: string;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [pathPart, queryPart = ''] = raw.split('?');
  return { path: pathPart.split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(queryPart), href: `#${raw}` };
}

/** Goes to a route; `replace` leaves no history entry (after saving a draft, after signing in). */
export function navigate(href: string, options: { replace?: boolean } = {}) {
  if (options.replace) {
    history.replaceState(null, '', href);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else window.location.hash = href.replace(/^#/, '');
}

/**
 * Hash routing by hand: a few screens need no router library, and hash URLs work behind any
 * static server with no rewrite rules.
 */
export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
