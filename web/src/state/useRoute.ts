/** The route as React state, kept in the address bar: navigate() pushes, back/forward pops. */
import { useCallback, useEffect, useState } from 'react';
import { formatRoute, parseRoute, type Route } from './route.ts';

function currentRoute(): Route {
  return parseRoute(window.location.pathname, window.location.search);
}

export function useRoute(): [Route, (change: Partial<Route>, options?: { replace?: boolean }) => void] {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const onPop = () => setRoute(currentRoute());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((change: Partial<Route>, options: { replace?: boolean } = {}) => {
    const next = { ...currentRoute(), ...change };
    const url = formatRoute(next);
    if (url !== `${window.location.pathname}${window.location.search}`) {
      if (options.replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }
    setRoute(next);
  }, []);
  return [route, navigate];
}
