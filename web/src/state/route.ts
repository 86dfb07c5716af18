import { noFilters, parseFilters, writeFilters, type Filters } from '../graph/filters/index.ts';
import { defaultLabelScale, parseLabelScale } from '../graph/labelSize.ts';

/**
 * The explorer's address: every view is a URL (mode, subject, second subject for paths, as-of date,
 * hops, language), so a view survives reload, back/forward and can be sent to a colleague.
 * Path: `/{mode}/{subject}[/{target}]`; query: `date`, `hops`, `lang`, `x` (expansions), `sel` (selection), `g` (opened groups),
 * the canvas filters (graph/filters: `hk`, `hr`, `hl`, `ld`) and the label size (`ls`).
 */

export const modes = ['explore', 'trace', 'exposure', 'ownership', 'paths', 'screening', 'monitoring'] as const;
export type Mode = (typeof modes)[number];
export type Lang = 'zh' | 'en';

export interface Route {
  mode: Mode;
  /** The node the mode is about (explore: the focus; paths: the start; monitoring: the watchlist). */
  subject: string | null;
  /** Paths only: the other end. */
  target: string | null;
  /** As-of date `YYYY-MM-DD`; null = today (the server's default). */
  date: string | null;
  /** Exposure and paths: how far to look. */
  hops: number | null;
  lang: Lang;
  /** Expansions made on the canvas, in order (`id`, or `id~RELATIONSHIP` for an expansion by relationship): a shared link replays them. */
  expanded: string[];
  /** The node whose profile is open. */
  selected: string | null;
  /** Groups of like nodes opened on the canvas (graph/grouping.ts ids). */
  openGroups: string[];
  /** What the canvas leaves out; kept across modes and subjects like the language. */
  filters: Filters;
  /** Label size in percent of the default. */
  labelScale: number;
}

export const defaultRoute: Route = { mode: 'explore', subject: null, target: null, date: null, hops: null, lang: 'zh', expanded: [], selected: null, openGroups: [], filters: noFilters, labelScale: defaultLabelScale };

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function isMode(value: string): value is Mode {
  return (modes as readonly string[]).includes(value);
}

/**
 * The language of a first visit: the first of the browser's languages the explorer speaks
 * (Chinese for any zh-*, else English when the browser prefers English), Chinese otherwise.
 */
export function browserLang(languages: readonly string[]): Lang {
  for (const language of languages) {
    const code = language.toLowerCase();
    if (code.startsWith('zh')) return 'zh';
    if (code.startsWith('en')) return 'en';
  }
  return 'zh';
}

/** Reads a route from `location.pathname` and `location.search`; anything unrecognised falls back to the default (the language to `fallbackLang`). */
export function parseRoute(pathname: string, search: string, fallbackLang: Lang = 'zh'): Route {
  const segments = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const query = new URLSearchParams(search);
  const [first, subject, target] = segments;
  const mode = first !== undefined && isMode(first) ? first : 'explore';
  const date = query.get('date');
  const hops = Number(query.get('hops'));
  return {
    mode,
    subject: subject ?? null,
    target: mode === 'paths' ? (target ?? null) : null,
    date: date !== null && isoDate.test(date) ? date : null,
    hops: Number.isInteger(hops) && hops >= 1 && hops <= 6 ? hops : null,
    lang: query.get('lang') === 'en' ? 'en' : query.get('lang') === 'zh' ? 'zh' : fallbackLang,
    expanded: (query.get('x') ?? '').split(',').filter(Boolean),
    selected: query.get('sel') || null,
    openGroups: query.getAll('g').filter(Boolean),
    filters: parseFilters(query),
    labelScale: parseLabelScale(query.get('ls')),
  };
}

/** The URL (path + query) of a route; parseRoute(formatRoute(r)) gives r back. */
export function formatRoute(route: Route): string {
  const segments: string[] = [route.mode];
  if (route.subject !== null) {
    segments.push(route.subject);
    if (route.mode === 'paths' && route.target !== null) segments.push(route.target);
  }
  const query = new URLSearchParams();
  if (route.date !== null) query.set('date', route.date);
  if (route.hops !== null) query.set('hops', String(route.hops));
  if (route.lang !== 'zh') query.set('lang', route.lang);
  if (route.expanded.length) query.set('x', route.expanded.join(','));
  if (route.selected !== null) query.set('sel', route.selected);
  // One parameter per group: a group id holds '~' and ids, never a separator of its own.
  for (const group of route.openGroups) query.append('g', group);
  writeFilters(route.filters, query);
  if (route.labelScale !== defaultLabelScale) query.set('ls', String(route.labelScale));
  const search = query.toString();
  return `/${segments.map(encodeURIComponent).join('/')}${search ? `?${search}` : ''}`;
}

/** A route change: a new mode or subject starts a new investigation (no expansions, nothing selected) unless the change says otherwise. */
export function nextRoute(current: Route, change: Partial<Route>): Route {
  const newView = (change.mode !== undefined && change.mode !== current.mode) || (change.subject !== undefined && change.subject !== current.subject);
  return { ...current, ...(newView ? { expanded: [], selected: null, openGroups: [] } : {}), ...change };
}
