/** The route as React state, kept in the address bar: navigate() pushes, back/forward pops. */
import { useCallback, useEffect, useState } from 'react';
import { browserLang, formatRoute, nextRoute, parseRoute, type Lang, type Route } from './route.ts';

const langKey = 'scs-graph:lang';

/** The language picked before (kept across visits), else the browser's. */
function preferredLang(): Lang {
  const stored = localStorage.getItem(langKey);
  return stored === 'en' || stored === 'zh' ? stored : browserLang(navigator.languages ?? [navigator.language]);
}

function currentRoute(): Route {
  return parseRoute(window.location.pathname, window.location.search, preferredLang());
}

export function useRoute(): [Route, (change: Partial<Route>, options?: { replace?: boolean }) => void] {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const onPop = () => setRoute(currentRoute());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((change: Partial<Route>, options: { replace?: boolean } = {}) => {
    const next = nextRoute(currentRoute(), change);
    if (change.lang) localStorage.setItem(langKey, change.lang);
    const url = formatRoute(next);
    if (url !== `${window.location.pathname}${window.location.search}`) {
      if (options.replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }
    setRoute(next);
  }, []);
  return [route, navigate];
}
