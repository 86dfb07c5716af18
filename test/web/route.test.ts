import { describe, expect, it } from 'vitest';
import { browserLang, defaultRoute, formatRoute, nextRoute, parseRoute, type Route } from '../../web/src/state/route.ts';

describe('explorer routes', () => {
  it('round-trips every field through the URL', () => {
    const route: Route = {
      mode: 'paths',
      subject: '91440300MA5EXAMPLE',
      target: 'p-42',
      date: '2019-06-30',
      hops: 3,
      lang: 'en',
      expanded: ['p-42', 'more:c-1', 'c-2~SHAREHOLDER_OF'],
      selected: 'c-2',
      openGroups: ['group:c-1~BRANCH_OF~Company~in', 'group:l,1~ON_LIST~Listing~in'],
      filters: { kinds: new Set(['Grade', 'Listing']), relationships: new Set(['OFFICER_OF']), listKinds: new Set(['redlist']), listed: { from: '2020-01-01', until: null } },
      labelScale: 130,
    };
    const url = new URL(formatRoute(route), 'http://x');
    expect(url.pathname).toBe('/paths/91440300MA5EXAMPLE/p-42');
    expect(parseRoute(url.pathname, url.search)).toEqual(route);
  });

  it('keeps the default language and absent fields out of the URL', () => {
    expect(formatRoute({ ...defaultRoute, mode: 'trace', subject: 'abc' })).toBe('/trace/abc');
    expect(formatRoute(defaultRoute)).toBe('/explore');
  });

  it('escapes ids with reserved characters', () => {
    const route: Route = { ...defaultRoute, mode: 'explore', subject: 'mou/2016 #1' };
    const url = new URL(formatRoute(route), 'http://x');
    expect(parseRoute(url.pathname, url.search).subject).toBe('mou/2016 #1');
  });

  it('falls back to safe values for anything unrecognised', () => {
    expect(parseRoute('/nonsense/x', '?date=2024-13&hops=99&lang=fr&ls=999&ld=yesterday..')).toEqual({ ...defaultRoute, subject: 'x' });
    expect(parseRoute('/', '')).toEqual(defaultRoute);
    // Only paths has a second subject.
    expect(parseRoute('/trace/a/b', '').target).toBeNull();
  });

  it('opens a first visit in the browser’s language; an explicit lang in the link wins', () => {
    expect(browserLang(['en-GB', 'zh-CN'])).toBe('en');
    expect(browserLang(['fr-FR', 'zh-TW', 'en'])).toBe('zh');
    expect(browserLang(['fr-FR'])).toBe('zh');
    expect(parseRoute('/explore', '', 'en').lang).toBe('en');
    expect(parseRoute('/explore', '?lang=zh', 'en').lang).toBe('zh');
  });

  it('a new mode or subject starts a new investigation; other changes keep the expansions and selection', () => {
    const investigation: Route = { ...defaultRoute, subject: 'a', expanded: ['a', 'b'], selected: 'b', openGroups: ['group:a~BRANCH_OF~Company~in'] };
    expect(nextRoute(investigation, { date: '2020-01-01' })).toMatchObject({ expanded: ['a', 'b'], selected: 'b', openGroups: ['group:a~BRANCH_OF~Company~in'] });
    expect(nextRoute(investigation, { mode: 'trace' })).toMatchObject({ expanded: [], selected: null, openGroups: [] });
    expect(nextRoute(investigation, { subject: 'c', selected: 'c' })).toMatchObject({ expanded: [], selected: 'c' });
  });
});
